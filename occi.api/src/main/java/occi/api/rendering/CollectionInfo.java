package occi.api.rendering;

import occi.api.Category;

/**
 * What a collection listing is: its location, the category whose collection it is (a
 * kind or mixin location; {@code null} for a path listing), and the page shown.
 *
 * @param location the collection's path, e.g. {@code /compute/}
 * @param category the kind or mixin collected there, or {@code null}
 * @param page     the 1-based page number shown
 * @param number   the page size asked for
 * @param total    how many entities match in all
 */
public record CollectionInfo(String location, Category category, long page, int number, long total) {
}
