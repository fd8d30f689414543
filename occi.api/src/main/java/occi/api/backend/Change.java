package occi.api.backend;

import java.util.Objects;
import occi.api.Entity;

/**
 * One step of a {@link Registry#commit registry commit}: store an entity or remove one,
 * each with the version the client expects it to have now (optimistic concurrency: an
 * HTTP {@code If-Match} or a create that must not overwrite).
 */
public sealed interface Change permits Change.Put, Change.Remove {

    /** Any version will do. */
    long ANY_VERSION = -1;
    /** The location must be free. */
    long ABSENT = 0;

    String location();

    long expectedVersion();

    /** Stores {@code entity} at its location, replacing what is there. */
    record Put(Entity entity, long expectedVersion) implements Change {
        public Put {
            Objects.requireNonNull(entity, "entity");
        }

        @Override
        public String location() {
            return entity.location();
        }
    }

    /** Removes the entity at {@code location}. */
    record Remove(String location, long expectedVersion) implements Change {
        public Remove {
            Objects.requireNonNull(location, "location");
        }
    }

    static Change create(Entity entity) {
        return new Put(entity, ABSENT);
    }

    static Change put(Entity entity, long expectedVersion) {
        return new Put(entity, expectedVersion);
    }

    static Change remove(String location, long expectedVersion) {
        return new Remove(location, expectedVersion);
    }
}
