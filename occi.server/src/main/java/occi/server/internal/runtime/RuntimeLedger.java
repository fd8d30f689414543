package occi.server.internal.runtime;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import occi.api.backend.Registry;
import occi.server.internal.model.BackendEntry;

/**
 * The one place where the server's whiteboard references write down what they bound,
 * refused and let go, with each service's origin: the runtime service reads it, nothing
 * else tracks these services. Every change raises the change count and tells the listener
 * (which republishes the count as a service property).
 */
public final class RuntimeLedger {

    /** Highest ranking first, then the older service, as the server orders registries and renderings. */
    static final Comparator<ServiceOrigin> ORDER = Comparator.comparingInt(ServiceOrigin::ranking).reversed()
            .thenComparingLong(ServiceOrigin::serviceId);

    /** A backend as bound. */
    public record BackendRecord(BackendEntry entry, ServiceOrigin origin) {
    }

    /** A rendering as bound: the media types the server reads from its properties. */
    public record RenderingRecord(ServiceOrigin origin, List<String> produces, List<String> consumes) {
    }

    /** A rendering the server ignores, and why. */
    public record RefusedRendering(ServiceOrigin origin, String reason, String message) {
    }

    /** A registry as bound: the object (to tell the one in use) and what its properties say. */
    public record RegistryRecord(ServiceOrigin origin, Registry registry, Boolean persistent, boolean unavailable) {
    }

    private final Map<Long, BackendRecord> backends = new ConcurrentHashMap<>();
    private final Map<Long, RenderingRecord> renderings = new ConcurrentHashMap<>();
    private final Map<Long, RefusedRendering> refusedRenderings = new ConcurrentHashMap<>();
    private final Map<Long, RegistryRecord> registries = new ConcurrentHashMap<>();
    private final AtomicLong changeCount = new AtomicLong();
    private volatile Runnable listener = () -> { };

    /** Called after every change, on the thread that made it. */
    public void onChange(Runnable listener) {
        this.listener = listener;
    }

    public void backendArrived(BackendEntry entry, ServiceOrigin origin) {
        backends.put(entry.serviceId(), new BackendRecord(entry, origin));
        changed();
    }

    public void backendLeft(long serviceId) {
        if (backends.remove(serviceId) != null) {
            changed();
        }
    }

    public void renderingArrived(ServiceOrigin origin, List<String> produces, List<String> consumes) {
        refusedRenderings.remove(origin.serviceId());
        renderings.put(origin.serviceId(), new RenderingRecord(origin, List.copyOf(produces), List.copyOf(consumes)));
        changed();
    }

    public void renderingRefused(ServiceOrigin origin, String reason, String message) {
        renderings.remove(origin.serviceId());
        refusedRenderings.put(origin.serviceId(), new RefusedRendering(origin, reason, message));
        changed();
    }

    public void renderingLeft(long serviceId) {
        boolean known = renderings.remove(serviceId) != null;
        if (refusedRenderings.remove(serviceId) != null || known) {
            changed();
        }
    }

    public void registryArrived(ServiceOrigin origin, Registry registry, Boolean persistent, boolean unavailable) {
        registries.put(origin.serviceId(), new RegistryRecord(origin, registry, persistent, unavailable));
        changed();
    }

    public void registryLeft(long serviceId) {
        if (registries.remove(serviceId) != null) {
            changed();
        }
    }

    /** Something else changed what the server serves (a backend's categories). */
    public void changed() {
        changeCount.incrementAndGet();
        listener.run();
    }

    public long changeCount() {
        return changeCount.get();
    }

    /** The backends bound, in the order they claim categories. */
    public List<BackendRecord> backends() {
        return backends.values().stream().sorted(Comparator.comparing(BackendRecord::entry, BackendEntry.PRECEDENCE)).toList();
    }

    /** The renderings bound, highest ranked first. */
    public List<RenderingRecord> renderings() {
        return renderings.values().stream().sorted(Comparator.comparing(RenderingRecord::origin, ORDER)).toList();
    }

    public List<RefusedRendering> refusedRenderings() {
        return refusedRenderings.values().stream().sorted(Comparator.comparing(RefusedRendering::origin, ORDER)).toList();
    }

    /** The registries bound, highest ranked first. */
    public List<RegistryRecord> registries() {
        return registries.values().stream().sorted(Comparator.comparing(RegistryRecord::origin, ORDER)).toList();
    }
}
