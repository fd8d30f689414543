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
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.backend.EntityStore;
import occi.api.backend.KindBackend;
import occi.api.backend.MixinBackend;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import occi.api.runtime.BackendDTO;
import occi.api.runtime.RuntimeDTO;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The service objects the console reads entities from, chosen as the OCCI server's runtime
 * says it uses them: the registry in use, the entity stores and the kinds served. Which one
 * is in use is the server's decision (its {@link Inventory#runtime() runtime}); this class
 * only holds the objects, by service id, so that the console can call them, and asks the
 * backends what they would refuse before the console offers it.
 */
@Component(service = ServedObjects.class)
public class ServedObjects implements OperationRefusals {

    private final Map<Long, Registry> registries = new ConcurrentHashMap<>();
    private final Map<Long, KindBackend> kindBackends = new ConcurrentHashMap<>();
    private final Map<Long, MixinBackend> mixinBackends = new ConcurrentHashMap<>();

    @Reference(service = LoggerFactory.class)
    private Logger logger;

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

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addMixinBackend(MixinBackend backend, Map<String, Object> properties) {
        mixinBackends.put(serviceId(properties), backend);
    }

    void removeMixinBackend(Map<String, Object> properties) {
        mixinBackends.remove(serviceId(properties));
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

    @Override
    public Optional<String> delete(Entity entity, Optional<EntityStore> keptBy, RequestContext caller) {
        Optional<KindBackend> kindBackend = servedBy(entity.kind(), BackendDTO.KIND_BACKEND, kindBackends);
        Optional<String> refused = kindBackend.flatMap(backend -> asked(() -> backend.refusesDelete(entity, caller), backend));
        if (refused.isPresent()) {
            return refused;
        }
        // a store that keeps entities of another backend's kind (the testbed's networks) has its say too
        return keptBy.filter(KindBackend.class::isInstance).map(KindBackend.class::cast)
                .filter(store -> kindBackend.map(k -> k != store).orElse(true))
                .flatMap(store -> asked(() -> store.refusesDelete(entity, caller), store));
    }

    @Override
    public Optional<String> untag(CategoryId mixin, Entity entity, RequestContext caller) {
        return servedBy(mixin, BackendDTO.MIXIN_BACKEND, mixinBackends).flatMap(backend -> backend.categories().stream()
                .filter(Mixin.class::isInstance).map(Mixin.class::cast).filter(m -> m.id().equals(mixin)).findFirst()
                .flatMap(definition -> asked(() -> backend.refusesUntag(definition, entity, caller), backend)));
    }

    /** The backend the server serves the category from in that role, as its runtime says. */
    private <B> Optional<B> servedBy(CategoryId category, String role, Map<Long, B> bound) {
        String typeId = category.toString();
        return served().filter(b -> Arrays.asList(b.roles).contains(role) && Arrays.asList(b.categories).contains(typeId))
                .map(b -> bound.get(b.serviceId)).filter(Objects::nonNull).findFirst();
    }

    /** A backend that fails to answer counts as accepting, as the server's own renderings count it: the request then says why. */
    private Optional<String> asked(java.util.function.Supplier<Optional<String>> question, Object backend) {
        try {
            return question.get();
        } catch (RuntimeException e) {
            logger.warn("Backend {} failed to say whether it refuses an operation; the console offers it", backend.getClass().getName(), e);
            return Optional.empty();
        }
    }

    private java.util.stream.Stream<BackendDTO> served() {
        return inventory.runtime().map((RuntimeDTO r) -> Arrays.stream(r.backends)).orElseGet(java.util.stream.Stream::empty);
    }
}
