package occi.api.backend;

import java.util.List;

/**
 * One page of a listing, in location order, and how many entities match in all.
 *
 * @param items the entities of this page
 * @param total how many entities match the query across all pages; for a query with an
 *              {@link EntityQuery#after() after} bound, either how many match after it or
 *              {@link #UNCOUNTED} (counting would cost a pass over the rest of the listing)
 */
public record Page<T>(List<T> items, long total) {

    /**
     * The total of a page of a keyset query that the registry did not count.
     *
     * @since 1.2
     */
    public static final long UNCOUNTED = -1;

    public Page {
        items = List.copyOf(items);
    }
}
