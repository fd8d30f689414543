package occi.admin.internal.glance;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import occi.admin.internal.inventory.Inventory;
import occi.api.Kind;
import occi.api.backend.EntityStore;
import occi.api.backend.KindBackend;
import occi.api.backend.Registry;
import occi.api.runtime.BackendDTO;
import occi.api.runtime.RuntimeDTO;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The service objects the console reads entities from, chosen as the OCCI server's runtime
 * says it uses them: the registry in use, the entity stores and the kinds served. Which one
 * is in use is the server's decision (its {@link Inventory#runtime() runtime}); this class
 * only holds the objects, by service id, so that the console can call them.
 */
@Component(service = ServedObjects.class)
public class ServedObjects {

    private final Map<Long, Registry> registries = new ConcurrentHashMap<>();
    private final Map<Long, KindBackend> kindBackends = new ConcurrentHashMap<>();

    @Reference
    private Inventory inventory;

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addRegistry(Registry registry, Map<String, Object> properties) {
        registries.put(serviceId(properties), registry);
    }

    void removeRegistry(Map<String, Object> properties) {
        registries.remove(serviceId(properties));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addKindBackend(KindBackend backend, Map<String, Object> properties) {
        kindBackends.put(serviceId(properties), backend);
    }

    void removeKindBackend(Map<String, Object> properties) {
        kindBackends.remove(serviceId(properties));
    }

    private static long serviceId(Map<String, Object> properties) {
        return (Long) properties.get(Constants.SERVICE_ID);
    }

    /** The registry the server uses now; empty while it uses none (or it is not bound here yet). */
    public Optional<Registry> registryInUse() {
        return inventory.runtime().map(r -> r.registry).map(r -> registries.get(r.serviceId));
    }

    /** The entity stores the server uses, in the server's order. */
    public List<EntityStore> entityStores() {
        return served().filter(b -> b.entityStore).map(b -> kindBackends.get(b.serviceId))
                .filter(EntityStore.class::isInstance).map(EntityStore.class::cast).distinct().toList();
    }

    /** The kinds the server serves from its backends (user mixins and refused categories left out). */
    public List<Kind> kinds() {
        Set<String> servedIds = served().flatMap(b -> Arrays.stream(b.categories)).collect(Collectors.toSet());
        return served().map(b -> kindBackends.get(b.serviceId)).filter(Objects::nonNull).distinct()
                .flatMap(backend -> backend.categories().stream())
                .filter(Kind.class::isInstance).map(Kind.class::cast)
                .filter(kind -> servedIds.contains(kind.id().toString())).toList();
    }

    private java.util.stream.Stream<BackendDTO> served() {
        return inventory.runtime().map((RuntimeDTO r) -> Arrays.stream(r.backends)).orElseGet(java.util.stream.Stream::empty);
    }
}
