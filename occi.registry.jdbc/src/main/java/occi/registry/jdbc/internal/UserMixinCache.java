package occi.registry.jdbc.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import occi.api.Mixin;

/**
 * Each owner's user mixins as last read, for a database that only this registry writes: an
 * embedded H2 file, which one process opens at a time. Every request reads the user mixins
 * (they are part of the model it is served against), so without this each GET on H2 paid a
 * connection and a query for them. A write of user mixins empties the owner's entry once it
 * has committed; a read that overlapped such a write does not keep what it read (the
 * generation it started under has passed). On PostgreSQL, which other containers write too,
 * the registry does not use it.
 */
final class UserMixinCache {

    /** Reads an owner's user mixins from the database. */
    @FunctionalInterface
    interface Source {
        List<Mixin> read(String owner);
    }

    private final Map<String, List<Mixin>> byOwner = new ConcurrentHashMap<>();
    private long generation;

    List<Mixin> get(String owner, Source source) {
        List<Mixin> cached = byOwner.get(owner);
        if (cached != null) {
            return cached;
        }
        long started;
        synchronized (this) {
            started = generation;
        }
        List<Mixin> read = List.copyOf(source.read(owner));
        synchronized (this) {
            if (generation == started) {
                byOwner.put(owner, read);
            }
        }
        return read;
    }

    /** After a committed write of the owner's user mixins (or a failed one, which may have committed). */
    synchronized void changed(String owner) {
        generation++;
        byOwner.remove(owner);
    }
}
