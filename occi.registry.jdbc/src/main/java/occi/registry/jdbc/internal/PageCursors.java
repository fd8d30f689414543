package occi.registry.jdbc.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the pages served lately ended, so that the next page of the same listing starts
 * from there ({@code location > last}) instead of skipping {@code offset} rows again: a
 * client walking a collection page by page then costs the same on the last page as on the
 * first. Forgotten on every write through this registry, so offsets keep their meaning;
 * writes by other containers sharing the database are not seen here, and the next page
 * then starts after the last location the client saw, which is what it wants anyway.
 */
final class PageCursors {

    private static final int CAPACITY = 1_024;

    /** A listing (its SQL condition and parameters) and how many of its entities come before the page. */
    private record Key(String where, List<Object> parameters, long offset) {}

    private final Map<Key, String> lastLocations = new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, String> eldest) {
            return size() > CAPACITY;
        }
    };

    /** The location of the entity just before {@code offset} in this listing, if a page ended there. */
    synchronized String before(EntityFilter filter, long offset) {
        return lastLocations.get(new Key(filter.where(), filter.parameters(), offset));
    }

    /** A page of this listing ended at {@code offset} (exclusive) with the entity at {@code location}. */
    synchronized void ended(EntityFilter filter, long offset, String location) {
        lastLocations.put(new Key(filter.where(), filter.parameters(), offset), location);
    }

    synchronized void forget() {
        lastLocations.clear();
    }
}
