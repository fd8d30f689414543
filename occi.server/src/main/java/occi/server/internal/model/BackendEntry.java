package occi.server.internal.model;

import java.util.Comparator;
import java.util.Objects;
import occi.api.backend.Backend;

/**
 * A backend service as the model sees it: the object, its service id and ranking (which
 * decide who wins when two backends define the same category) and a name for the log.
 *
 * @param backend  the service object
 * @param serviceId its {@code service.id}
 * @param ranking  its {@code service.ranking}
 * @param name     how the log names it (bundle and class)
 */
public record BackendEntry(Backend backend, long serviceId, int ranking, String name) {

    /** Higher ranking first, then the earlier registration: the order in which backends claim categories. */
    public static final Comparator<BackendEntry> PRECEDENCE = Comparator.comparingInt(BackendEntry::ranking).reversed()
            .thenComparingLong(BackendEntry::serviceId);

    public BackendEntry {
        Objects.requireNonNull(backend, "backend");
        Objects.requireNonNull(name, "name");
    }
}
