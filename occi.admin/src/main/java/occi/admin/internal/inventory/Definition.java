package occi.admin.internal.inventory;

import occi.api.Category;

/** A category a backend defines, with the backend's role ({@code kind}, {@code mixin}, {@code action} backend) and bundle. */
public record Definition(Category category, String backend, String bundle) {
}
