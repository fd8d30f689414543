package occi.registry.jdbc.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the pages served lately ended, so that the next page of the same listing starts
 * from there ({@code location > last}) instead of skipping {@code offset} rows again: a
 * client walking a collection page by page then costs the same on the last page as on the
 * first. Forgotten on every write, so offsets keep their meaning: on every write through
 * this registry, and on PostgreSQL on every write by another container too, as soon as its
 * notification arrives ({@link PostgresChangeListener}); while that listener is not
 * connected the registry does not use the cursors at all. A page read before a write and
 * ended after it is not remembered ({@link #generation()}).
 */
final class PageCursors {

    private static final int CAPACITY = 1_024;

    /** A listing (its SQL condition and parameters) and how many of its entities come before the page. */
    private record Key(String where, List<Object> parameters, long offset) {}

    private long generation;

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

    /**
     * A page of this listing ended at {@code offset} (exclusive) with the entity at
     * {@code location}, as read when the cursors were at {@code generation}: not remembered
     * when a write was seen since, since the page may show the listing before it.
     */
    synchronized void ended(EntityFilter filter, long offset, String location, long generation) {
        if (generation == this.generation) {
            lastLocations.put(new Key(filter.where(), filter.parameters(), offset), location);
        }
    }

    /** Counts the writes seen: taken before a page is read, handed to {@link #ended}. */
    synchronized long generation() {
        return generation;
    }

    synchronized void forget() {
        generation++;
        lastLocations.clear();
    }
}
