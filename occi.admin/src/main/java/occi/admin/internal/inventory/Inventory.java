package occi.admin.internal.inventory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import occi.api.backend.ActionBackend;
import occi.api.backend.Backend;
import occi.api.backend.KindBackend;
import occi.api.backend.MixinBackend;
import occi.api.backend.Registry;
import occi.api.rendering.OcciRendering;
import occi.api.rendering.Rendering;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.util.converter.Converters;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * What the OCCI server is made of right now, read from the services it uses: renderings
 * (from their {@code occi.rendering.*} properties), registries (by ranking) and the
 * categories each backend defines. Everything is tracked dynamically; a snapshot is a
 * consistent enough copy for one page or one command.
 */
@Component(service = Inventory.class)
public class Inventory {

    private final Map<ServiceReference<?>, Backend> backends = new ConcurrentHashMap<>();
    private final Map<ServiceReference<Rendering>, Boolean> renderings = new ConcurrentHashMap<>();
    private final Map<ServiceReference<Registry>, Registry> registries = new ConcurrentHashMap<>();

    @Reference(service = LoggerFactory.class)
    private Logger logger;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRendering(ServiceReference<Rendering> rendering) {
        renderings.put(rendering, Boolean.TRUE);
    }

    void removeRendering(ServiceReference<Rendering> rendering) {
        renderings.remove(rendering);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addRegistry(Registry registry, ServiceReference<Registry> reference) {
        registries.put(reference, registry);
    }

    void removeRegistry(ServiceReference<Registry> reference) {
        registries.remove(reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addKindBackend(KindBackend backend, ServiceReference<KindBackend> reference) {
        backends.put(reference, backend);
    }

    void removeKindBackend(ServiceReference<KindBackend> reference) {
        backends.remove(reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addMixinBackend(MixinBackend backend, ServiceReference<MixinBackend> reference) {
        backends.put(reference, backend);
    }

    void removeMixinBackend(ServiceReference<MixinBackend> reference) {
        backends.remove(reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addActionBackend(ActionBackend backend, ServiceReference<ActionBackend> reference) {
        backends.put(reference, backend);
    }

    void removeActionBackend(ServiceReference<ActionBackend> reference) {
        backends.remove(reference);
    }

    /** The renderings present, by the first media type they produce. */
    public List<RenderingInfo> renderings() {
        List<RenderingInfo> result = new ArrayList<>();
        for (ServiceReference<Rendering> reference : renderings.keySet()) {
            result.add(new RenderingInfo(strings(reference.getProperty(OcciRendering.PREFIX_ + "produces")),
                    strings(reference.getProperty(OcciRendering.PREFIX_ + "consumes")), bundle(reference),
                    serviceId(reference)));
        }
        result.sort(Comparator.comparing((RenderingInfo r) -> r.produces().isEmpty() ? "" : r.produces().get(0))
                .thenComparingLong(RenderingInfo::serviceId));
        return result;
    }

    /** The registries present, the one in use (highest ranking, then oldest) first. */
    public List<RegistryInfo> registries() {
        List<Map.Entry<ServiceReference<Registry>, Registry>> present = new ArrayList<>(registries.entrySet());
        // ServiceReference orders by ranking, then by lower service id: the framework's own choice
        present.sort(Map.Entry.<ServiceReference<Registry>, Registry>comparingByKey().reversed());
        List<RegistryInfo> result = new ArrayList<>();
        for (Map.Entry<ServiceReference<Registry>, Registry> entry : present) {
            ServiceReference<Registry> reference = entry.getKey();
            Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
            result.add(new RegistryInfo(ranking instanceof Integer i ? i : 0, entry.getValue().getClass().getName(),
                    bundle(reference), serviceId(reference), result.isEmpty()));
        }
        return result;
    }

    /** The registry the server uses: the highest ranked (then the oldest), as the server chooses it. */
    public java.util.Optional<Registry> registryInUse() {
        return registries.entrySet().stream().max(Map.Entry.comparingByKey()).map(Map.Entry::getValue);
    }

    /** The backends that keep their kinds' entities themselves (the registry never sees those), in service order. */
    public List<occi.api.backend.EntityStore> entityStores() {
        return backends.entrySet().stream().filter(e -> e.getValue() instanceof occi.api.backend.EntityStore)
                .sorted(Map.Entry.comparingByKey()).map(e -> (occi.api.backend.EntityStore) e.getValue()).distinct().toList();
    }

    /** Every category a backend defines, with the backend's bundle; a backend that fails is logged and left out. */
    public List<Definition> definitions() {
        List<Definition> result = new ArrayList<>();
        for (Map.Entry<ServiceReference<?>, Backend> entry : backends.entrySet()) {
            Backend backend = entry.getValue();
            String role = backend instanceof KindBackend ? "KindBackend"
                    : backend instanceof MixinBackend ? "MixinBackend" : "ActionBackend";
            try {
                for (occi.api.Category category : backend.categories()) {
                    result.add(new Definition(category, role, bundle(entry.getKey())));
                }
            } catch (RuntimeException e) {
                logger.warn("Backend {} of bundle {} failed to list its categories; left out of the overview",
                        backend.getClass().getName(), bundle(entry.getKey()), e);
            }
        }
        return result;
    }

    private static String bundle(ServiceReference<?> reference) {
        Bundle bundle = reference.getBundle();
        return bundle == null ? "(gone)" : bundle.getSymbolicName() + " " + bundle.getVersion();
    }

    private static long serviceId(ServiceReference<?> reference) {
        return (Long) reference.getProperty(Constants.SERVICE_ID);
    }

    /** A string, an array or a collection, read by the OSGi Converter (as the server reads it); blanks left out. */
    private static List<String> strings(Object value) {
        return Arrays.stream(Converters.standardConverter().convert(value).to(String[].class))
                .filter(s -> !s.isBlank()).toList();
    }
}
