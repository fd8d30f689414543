package occi.server.internal.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * Services of one kind with what the server made of each, highest ranked first, for the
 * dynamic references whose order matters (the registry in use, the renderings' order).
 *
 * <p>Why not a sorted map keyed by {@link ServiceReference}: a reference compares by its
 * <em>current</em> ranking, so once a service's ranking changes the map can no longer find
 * the entry it sorted under the old one, and the stale entry keeps its old place. Here the
 * ranking is read when a service is added or updated and kept with the entry, and readers
 * get an immutable snapshot, rebuilt on every change (services change rarely, requests read
 * on every call).
 *
 * @param <S> the service type
 * @param <V> what is kept for each service
 */
final class RankedServices<S, V> {

    /** Highest ranking first; among equals the older service (lower id) first, as OSGi orders them. */
    private static final Comparator<Ranked<?>> ORDER = Comparator.comparingInt((Ranked<?> r) -> r.ranking).reversed()
            .thenComparingLong(r -> r.serviceId);

    private final Map<ServiceReference<S>, Ranked<V>> entries = new HashMap<>();
    private volatile List<V> snapshot = List.of();

    /** Adds the service, or places it anew under its current ranking. Returns the value it replaced, if any. */
    synchronized Optional<V> put(ServiceReference<S> reference, V value) {
        Ranked<V> previous = entries.put(reference, new Ranked<>(value, ranking(reference), serviceId(reference)));
        publish();
        return Optional.ofNullable(previous).map(r -> r.value);
    }

    /** Removes the service; returns its value if it was there. */
    synchronized Optional<V> remove(ServiceReference<S> reference) {
        Ranked<V> removed = entries.remove(reference);
        publish();
        return Optional.ofNullable(removed).map(r -> r.value);
    }

    /** Every value, highest ranked first. */
    List<V> values() {
        return snapshot;
    }

    /** The value of the highest-ranked service. */
    Optional<V> first() {
        List<V> current = snapshot;
        return current.isEmpty() ? Optional.empty() : Optional.of(current.get(0));
    }

    private void publish() {
        List<Ranked<V>> sorted = new ArrayList<>(entries.values());
        sorted.sort(ORDER);
        snapshot = sorted.stream().map(r -> r.value).toList();
    }

    /** The service's ranking as the framework counts it: an Integer, anything else is 0. */
    static int ranking(ServiceReference<?> reference) {
        return ranking(reference.getProperty(Constants.SERVICE_RANKING));
    }

    /** A {@code service.ranking} value as the framework counts it: an Integer, anything else is 0. */
    static int ranking(Object value) {
        return value instanceof Integer ranking ? ranking : 0;
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }

    private record Ranked<V>(V value, int ranking, long serviceId) {
    }
}
