package occi.server.internal.engine;

import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;
import occi.api.Entity;

/**
 * The ETags last worked out, remembered per stored state: a GET of an entity that has not
 * changed hands the engine the very same immutable {@link Entity} and {@code Link} instances
 * (the in-memory registry keeps them; a registry or store that builds new ones per read simply
 * misses), and their digest is then the one worked out before. The ETag stays what
 * {@link Views#etag} derives from the content, so containers sharing a registry still agree;
 * only the SHA-256 over the entity's canonical text (a tenth of a GET's engine time) is not
 * repeated.
 *
 * <p>A hit needs the entity and every link to be the same instances as when the ETag was
 * worked out: any write (attributes, mixins, a link added or removed) stores new instances,
 * so no ETag outlives the content it was derived from. Bounded: {@value #SLOTS} slots chosen
 * by location, a newer entry replacing an older one in its slot.
 */
final class EtagMemo {

    static final int SLOTS = 4096;

    private final AtomicReferenceArray<Entry> slots = new AtomicReferenceArray<>(SLOTS);

    private record Entry(Entity entity, List<? extends Entity> links, String etag) {
        boolean holds(Entity other, List<? extends Entity> otherLinks) {
            if (entity != other || links.size() != otherLinks.size()) {
                return false;
            }
            for (int i = 0; i < links.size(); i++) {
                if (links.get(i) != otherLinks.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    /** The ETag of an entity with these links: remembered if it is the same instances as last time in its slot. */
    String etag(Entity entity, List<? extends Entity> links) {
        int slot = slot(entity.location());
        Entry entry = slots.get(slot);
        if (entry != null && entry.holds(entity, links)) {
            return entry.etag;
        }
        String etag = Views.etag(entity, links);
        slots.set(slot, new Entry(entity, List.copyOf(links), etag));
        return etag;
    }

    private static int slot(String location) {
        int hash = location.hashCode();
        return (hash ^ (hash >>> 16)) & (SLOTS - 1);
    }
}
