package occi.registry.jdbc.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import occi.api.Entity;
import occi.api.Link;

/**
 * What the registry read of single entities ({@code get}) and of a resource's links
 * ({@code linksFrom}), kept for a database that only this registry writes: an embedded H2
 * file, which one process opens at a time. A GET of one resource reads both; without this
 * each paid two pooled connections and two or three statements.
 *
 * <p>It is exact, not a bounded staleness:
 * <ul>
 * <li>a write announces, before it runs, every key it may change ({@link #writing}): the
 * locations of its changes, the resources whose links it may change (the sources of the
 * links it stores, and, found while it locks their rows, the old sources of the links it
 * replaces or removes), or a whole owner. While it runs those keys are neither served nor
 * kept: readers go to the database, which shows them the last committed state;</li>
 * <li>when it ends, committed, rolled back or failed in a way that leaves its outcome unknown,
 * what was kept for those keys is dropped and the {@linkplain #generation generation}
 * moves on, so a read that started before and may have read the state before the commit is
 * answered but not kept.</li>
 * </ul>
 * Readers that hit take no lock. The memory is bounded by a weight (an entity or an absence
 * weighs 1, a list of links 1 + its size); past it, entries not read since the last sweep go
 * first (second chance).
 */
final class EntityReadCache {

    /** What is kept: the entity at a location (or its absence), or the links whose source is a location. */
    record Key(String owner, String location, boolean links) {}

    /** A kept value; {@code used} is set by a hit and cleared by an eviction sweep. */
    private static final class Entry {
        final Object value;
        final int weight;
        volatile boolean used;

        Entry(Object value, int weight) {
            this.value = value;
            this.weight = weight;
        }
    }

    private final long maxWeight;
    private final Map<Key, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong weight = new AtomicLong();
    /** Keys that writes in progress may change, with how many such writes there are. Guarded by {@code this}. */
    private final Map<Key, Integer> pendingKeys = new ConcurrentHashMap<>();
    /** Owners a write in progress may change throughout (removing a user mixin untags their entities). */
    private final Map<String, Integer> pendingOwners = new ConcurrentHashMap<>();
    /** Writes in progress: when none, a read need not look at the pending keys. */
    private volatile int writes;
    /** Moves on when a write ends. Guarded by {@code this}. */
    private long generation;
    private final ReentrantLock sweeping = new ReentrantLock();
    private final LongAdder hits = new LongAdder();

    /** @param maxWeight how much is kept at most (see the class comment); at least 1 */
    EntityReadCache(long maxWeight) {
        if (maxWeight < 1) {
            throw new IllegalArgumentException("a read cache keeps at least one entry, not " + maxWeight);
        }
        this.maxWeight = maxWeight;
    }

    Optional<Entity> entity(String owner, String location, Supplier<Optional<Entity>> read) {
        return read(new Key(owner, location, false), read);
    }

    List<Link> links(String owner, String source, Supplier<List<Link>> read) {
        return read(new Key(owner, source, true), () -> List.copyOf(read.get()));
    }

    @SuppressWarnings("unchecked")
    private <T> T read(Key key, Supplier<T> source) {
        if (writes != 0 && pending(key)) {
            return source.get();
        }
        Entry entry = entries.get(key);
        if (entry != null) {
            if (!entry.used) {
                entry.used = true;
            }
            hits.increment();
            return (T) entry.value;
        }
        long started;
        synchronized (this) {
            started = generation;
        }
        T value = source.get();
        int itsWeight = value instanceof List<?> list ? 1 + list.size() : 1;
        if (itsWeight <= maxWeight) {
            keep(key, new Entry(value, itsWeight), started);
        }
        return value;
    }

    private boolean pending(Key key) {
        return pendingKeys.containsKey(key) || pendingOwners.containsKey(key.owner());
    }

    /** Keeps what a read found, unless a write ended or began on its key since the read started. */
    private void keep(Key key, Entry entry, long started) {
        synchronized (this) {
            if (generation != started || pending(key)) {
                return;
            }
            Entry before = entries.put(key, entry);
            weight.addAndGet(entry.weight - (before == null ? 0 : before.weight));
        }
        if (weight.get() > maxWeight && sweeping.tryLock()) {
            try {
                sweep();
            } finally {
                sweeping.unlock();
            }
        }
    }

    /** Drops entries not read since the last sweep, clearing the mark of the others, until a tenth is free. */
    private void sweep() {
        long target = maxWeight - Math.max(1, maxWeight / 10);
        for (int round = 0; round < 2 && weight.get() > target; round++) {
            for (Iterator<Map.Entry<Key, Entry>> it = entries.entrySet().iterator(); it.hasNext() && weight.get() > target;) {
                Map.Entry<Key, Entry> next = it.next();
                Entry entry = next.getValue();
                if (entry.used) {
                    entry.used = false;
                } else {
                    drop(next.getKey(), entry);
                }
            }
        }
    }

    private void drop(Key key, Entry entry) {
        if (entries.remove(key, entry)) {
            weight.addAndGet(-entry.weight);
        }
    }

    /**
     * Announces a write of an owner's entities at these locations, which may change the links
     * of these sources; call before its transaction starts and {@link Write#end} after it ends.
     */
    Write writing(String owner, Collection<String> locations, Collection<String> sources) {
        Write write = new Write(owner, false);
        synchronized (this) {
            writes++;
            locations.forEach(l -> write.add(new Key(owner, l, false)));
            sources.forEach(s -> write.add(new Key(owner, s, true)));
        }
        return write;
    }

    /** Announces a write that may change any of an owner's entities and links. */
    Write writingAll(String owner) {
        Write write = new Write(owner, true);
        synchronized (this) {
            writes++;
            pendingOwners.merge(owner, 1, Integer::sum);
        }
        return write;
    }

    /** A write in progress: the keys it announced. */
    final class Write {
        private final String owner;
        private final boolean wholeOwner;
        private final Set<Key> keys = new HashSet<>();
        private boolean ended;

        private Write(String owner, boolean wholeOwner) {
            this.owner = owner;
            this.wholeOwner = wholeOwner;
        }

        /** Adds, before the write commits, a resource whose links it may change (the old source of a link it replaces). */
        void mayChangeLinksOf(String source) {
            synchronized (EntityReadCache.this) {
                if (!ended) {
                    add(new Key(owner, source, true));
                }
            }
        }

        private void add(Key key) {
            if (keys.add(key)) {
                pendingKeys.merge(key, 1, Integer::sum);
            }
        }

        /** After the transaction ended, however it ended: forgets what was kept for its keys. */
        void end() {
            synchronized (EntityReadCache.this) {
                if (ended) {
                    return;
                }
                ended = true;
                generation++;
                for (Key key : keys) {
                    Entry entry = entries.get(key);
                    if (entry != null) {
                        drop(key, entry);
                    }
                    pendingKeys.computeIfPresent(key, (k, n) -> n == 1 ? null : n - 1);
                }
                if (wholeOwner) {
                    List<Key> owned = new ArrayList<>();
                    entries.keySet().forEach(k -> {
                        if (k.owner().equals(owner)) {
                            owned.add(k);
                        }
                    });
                    owned.forEach(k -> {
                        Entry entry = entries.get(k);
                        if (entry != null) {
                            drop(k, entry);
                        }
                    });
                    pendingOwners.computeIfPresent(owner, (k, n) -> n == 1 ? null : n - 1);
                }
                writes--;
            }
        }
    }

    /** Reads answered from what was kept, since the start (for tests and diagnostics). */
    long hits() {
        return hits.sum();
    }

    /** How much is kept now (see the class comment). */
    long weight() {
        return weight.get();
    }
}
