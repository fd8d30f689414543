package occi.api.backend;

import java.util.List;

/**
 * One page of a listing, in location order, and how many entities match in all.
 *
 * @param items the entities of this page
 * @param total how many entities match the query across all pages
 */
public record Page<T>(List<T> items, long total) {

    public Page {
        items = List.copyOf(items);
    }
}
