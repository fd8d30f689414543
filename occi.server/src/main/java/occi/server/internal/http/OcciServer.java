package occi.server.internal.http;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import occi.api.backend.ActionBackend;
import occi.api.backend.Backend;
import occi.api.backend.EntityStore;
import occi.api.backend.KindBackend;
import occi.api.backend.MixinBackend;
import occi.api.backend.ModelChanges;
import occi.api.backend.Registry;
import occi.api.progress.OperationTracker;
import occi.api.rendering.OcciRendering;
import occi.api.rendering.Rendering;
import occi.api.runtime.FailedServiceDTO;
import occi.api.runtime.OcciServiceRuntime;
import occi.server.internal.engine.DepartedStores;
import occi.server.internal.engine.EngineLog;
import occi.server.internal.engine.ProtocolEngine;
import occi.server.internal.engine.RenderingOffer;
import occi.server.internal.engine.ServerSettings;
import occi.server.internal.model.BackendEntry;
import occi.server.internal.model.Model;
import occi.server.internal.model.ModelBuilder;
import occi.server.internal.runtime.RuntimeLedger;
import occi.server.internal.runtime.RuntimeView;
import occi.server.internal.runtime.ServiceOrigin;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.converter.Converters;

/**
 * The OCCI server's whiteboard: tracks every backend, registry and rendering as they come
 * and go, keeps the current {@link Model} (rebuilt on every backend change, and when a
 * backend says its categories changed through {@link ModelChanges}), and serves requests
 * through the {@link ProtocolEngine}. The JAX-RS resource hands it every request.
 *
 * <p>Every reference writes what it bound, refused or let go into one {@link RuntimeLedger},
 * which the {@link OcciServiceRuntime} service registered here reads; its {@value
 * OcciServiceRuntime#CHANGE_COUNT} property follows the ledger's count. (Registered by hand
 * because DS cannot change a service's properties whenever the ledger changes.)
 */
@Component(service = {OcciServer.class, ModelChanges.class}, configurationPid = ServerConfiguration.PID)
@Designate(ocd = ServerConfiguration.class)
public class OcciServer implements ModelChanges {

    private final Logger logger;
    private final BundleContext context;
    private final ModelBuilder builder;
    private final Map<Long, BackendEntry> backends = new ConcurrentHashMap<>();
    private final RankedServices<Registry, Registry> registries = new RankedServices<>();
    /** The registry last logged as in use, or {@link Optional#empty()} for none; null before the first (see announceRegistry). */
    private Optional<Registry> announcedRegistry;
    private final RankedServices<Rendering, RenderingOffer> renderings = new RankedServices<>();
    private final AtomicReference<Model> model = new AtomicReference<>(Model.CORE);
    private final java.util.Set<String> problems = new java.util.LinkedHashSet<>();
    private final java.util.Set<String> reported = new java.util.HashSet<>();
    private final ProtocolEngine engine;
    private final DepartedStores departed = new DepartedStores();
    private final AtomicReference<OperationTracker> operationTracker = new AtomicReference<>();
    private final RuntimeLedger ledger = new RuntimeLedger();
    private final ServiceRegistration<OcciServiceRuntime> runtimeRegistration;
    private final Object publishing = new Object();

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ServiceComponentRuntime scr;

    @Reference(service = JaxrsServiceRuntime.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<ServiceReference<JaxrsServiceRuntime>> jaxrsRuntimes = List.of();

    @Activate
    public OcciServer(@Reference(service = LoggerFactory.class) Logger logger, BundleContext context, ServerConfiguration configuration) {
        this.logger = logger;
        this.context = context;
        this.builder = new ModelBuilder(this::problem);
        this.engine = new ProtocolEngine(model::get, this::registry, this::offers, settings(configuration, ServerSettings.DEFAULTS),
                new EngineLog() {
                    @Override
                    public void debug(String message) {
                        logger.debug(message);
                    }

                    @Override
                    public void warn(String message) {
                        logger.warn(message);
                    }

                    @Override
                    public void error(String message, Throwable cause) {
                        logger.error(message, cause);
                    }
                }, departed);
        rebuild();
        RuntimeView view = new RuntimeView(ledger, new RuntimeView.Server() {
            @Override
            public Model model() {
                return model.get();
            }

            @Override
            public Optional<Registry> registryInUse() {
                return registry();
            }

            @Override
            public String basePath() {
                return engine.settings().basePath();
            }

            @Override
            public List<String> endpoints() {
                return jaxrsRuntimes.stream().flatMap(r -> strings(r.getProperty(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT)).stream())
                        .distinct().toList();
            }

            @Override
            public ServiceComponentRuntime scr() {
                return scr;
            }

            @Override
            public List<String> departedLocations() {
                return departed.spaces();
            }
        });
        runtimeRegistration = context.registerService(OcciServiceRuntime.class, view, runtimeProperties());
        ledger.onChange(this::publishChangeCount);
    }

    @Deactivate
    void deactivate() {
        ledger.onChange(() -> { });
        try {
            runtimeRegistration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // the framework unregisters a stopping bundle's services itself
        }
    }

    private java.util.Dictionary<String, Object> runtimeProperties() {
        java.util.Hashtable<String, Object> properties = new java.util.Hashtable<>();
        properties.put(OcciServiceRuntime.CHANGE_COUNT, ledger.changeCount());
        return properties;
    }

    /** Republishes the change count; under a lock so that a slower thread never puts back an older count. */
    private void publishChangeCount() {
        synchronized (publishing) {
            try {
                runtimeRegistration.setProperties(runtimeProperties());
            } catch (IllegalStateException unregistered) {
                // stopping: nobody reads it any more
            }
        }
    }

    @Modified
    void modified(ServerConfiguration configuration) {
        engine.configure(settings(configuration, engine.settings()));
    }

    /** The settings of a configuration; an invalid one is logged and the previous settings stay. */
    private ServerSettings settings(ServerConfiguration c, ServerSettings previous) {
        try {
            return new ServerSettings(c.base_path(), List.of(c.cors_allowed_origins()), c.absolute_category_locations(), c.max_page_size(),
                    c.default_page_size(), c.max_body_bytes(), c.max_header_bytes(), c.server_product(), c.occi_version());
        } catch (IllegalArgumentException e) {
            logger.error("invalid configuration " + ServerConfiguration.PID + " (" + e.getMessage() + "); keeping the previous settings");
            return previous;
        }
    }

    public ProtocolEngine engine() {
        return engine;
    }

    /** The model now (tests and diagnostics). */
    public Model model() {
        return model.get();
    }

    @Override
    public void categoriesChanged(Backend backend) {
        rebuild();
        ledger.changed();
    }

    private synchronized void rebuild() {
        problems.clear();
        Model built = builder.build(List.copyOf(backends.values()));
        model.set(built);
        departed.forget(location -> built.locationTaken(location) || built.entityStores().stream().anyMatch(s -> s.owns(location)));
        problems.stream().filter(p -> !reported.contains(p)).forEach(logger::warn);
        reported.clear();
        reported.addAll(problems);
    }

    /** Collects what the model builder reports; {@link #rebuild} logs each problem once, not on every rebuild. */
    private void problem(String message) {
        problems.add(message);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindKindBackend(ServiceReference<KindBackend> reference, KindBackend backend) {
        addBackend(backend, reference);
    }

    void unbindKindBackend(ServiceReference<KindBackend> reference) {
        removeBackend(reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindMixinBackend(ServiceReference<MixinBackend> reference, MixinBackend backend) {
        addBackend(backend, reference);
    }

    void unbindMixinBackend(ServiceReference<MixinBackend> reference) {
        removeBackend(reference);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindActionBackend(ServiceReference<ActionBackend> reference, ActionBackend backend) {
        addBackend(backend, reference);
    }

    void unbindActionBackend(ServiceReference<ActionBackend> reference) {
        removeBackend(reference);
    }

    /** A service registered under several backend interfaces arrives once per interface; it is one backend. */
    private void addBackend(Backend backend, ServiceReference<?> reference) {
        long id = (Long) reference.getProperty(Constants.SERVICE_ID);
        int ranking = RankedServices.ranking(reference);
        String name = backend.getClass().getName() + " (service " + id + ")";
        BackendEntry entry = new BackendEntry(backend, id, ranking, name);
        if (backends.putIfAbsent(id, entry) == null) {
            rebuild();
            ledger.backendArrived(entry, ServiceOrigin.of(reference, backend));
            logger.info("backend " + name + " arrived");
        }
    }

    private void removeBackend(ServiceReference<?> reference) {
        BackendEntry gone = backends.remove((Long) reference.getProperty(Constants.SERVICE_ID));
        if (gone != null) {
            rememberLocations(gone);
            rebuild();
            ledger.backendLeft(gone.serviceId());
            logger.info("backend " + gone.name() + " left; its categories are withdrawn");
        }
    }

    /**
     * An entity store that leaves takes its entities with it: its kinds' and mixins' locations
     * are remembered so that requests there answer 503 (it may come back) instead of 404.
     * Read from the model, not from the departing service.
     */
    private void rememberLocations(BackendEntry gone) {
        if (!(gone.backend() instanceof EntityStore)) {
            return;
        }
        Model before = model.get();
        List<String> locations = before.categories().stream()
                .filter(c -> before.definedBy(c.id()).map(e -> e.serviceId() == gone.serviceId()).orElse(false))
                .map(OcciServer::location).filter(java.util.Objects::nonNull).toList();
        departed.remember(locations);
    }

    private static String location(occi.api.Category category) {
        return category instanceof occi.api.Kind kind ? kind.location() : category instanceof occi.api.Mixin mixin ? mixin.location() : null;
    }

    /** Where actions on collections report their progress (this bundle's tracker; any other if it is replaced). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindOperationTracker(OperationTracker tracker) {
        operationTracker.set(tracker);
        engine.trackOperations(tracker);
    }

    void unbindOperationTracker(OperationTracker tracker) {
        // a replacement is bound before the one it replaces is unbound
        if (operationTracker.compareAndSet(tracker, null)) {
            engine.trackOperations(null);
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void bindRegistry(ServiceReference<Registry> reference, Registry registry) {
        warnOfUntypedRanking(reference, registry);
        registries.put(reference, registry);
        Object persistent = reference.getProperty(OcciServiceRuntime.REGISTRY_PERSISTENT);
        ledger.registryArrived(ServiceOrigin.of(reference, registry), registry, persistent instanceof Boolean b ? b : null,
                Boolean.TRUE.equals(reference.getProperty(OcciServiceRuntime.REGISTRY_UNAVAILABLE)));
        announceRegistry();
    }

    /**
     * A ranking that is not an Integer counts as 0 for the framework, so a registry configured
     * with {@code service.ranking=1000} in a {@code .cfg} file (whose values are strings) is not
     * chosen: say so, and how to write it typed.
     */
    private void warnOfUntypedRanking(ServiceReference<Registry> reference, Registry registry) {
        Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
        if (ranking != null && !(ranking instanceof Integer)) {
            logger.warn("registry " + registry.getClass().getName() + " has service.ranking " + ranking + " of type "
                    + ranking.getClass().getSimpleName() + ", which OSGi counts as 0; configure it as an integer, e.g. "
                    + "service.ranking=I\"1000\" in a .config file or in the web console");
        }
    }

    /** A changed ranking reorders the registries: the entry is placed anew under its new ranking. */
    void updatedRegistry(ServiceReference<Registry> reference, Registry registry) {
        bindRegistry(reference, registry);
    }

    void unbindRegistry(ServiceReference<Registry> reference, Registry registry) {
        registries.remove(reference);
        ledger.registryLeft((Long) reference.getProperty(Constants.SERVICE_ID));
        announceRegistry();
    }

    /**
     * Logs the registry in use when it changes, not at every bind: the registry's own service
     * properties change once it is ready (an update, re-ranked in place), which named the same
     * registry a second time at every start.
     */
    private synchronized void announceRegistry() {
        Optional<Registry> now = registry();
        if (announcedRegistry == null || announcedRegistry.orElse(null) != now.orElse(null)) {
            announcedRegistry = now;
            logger.info("registry in use: " + now.map(r -> r.getClass().getName()).orElse("none"));
        }
    }

    /** The highest-ranked registry present. */
    Optional<Registry> registry() {
        return registries.first();
    }

    @Reference(service = Rendering.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindRendering(ServiceReference<Rendering> reference) {
        List<String> produces = strings(reference.getProperty(OcciRendering.PREFIX_ + "produces"));
        List<String> consumes = strings(reference.getProperty(OcciRendering.PREFIX_ + "consumes"));
        String name = "rendering " + produces + " (service " + reference.getProperty(Constants.SERVICE_ID) + ")";
        ServiceOrigin origin = ServiceOrigin.of(reference, null);
        if (produces.isEmpty() && consumes.isEmpty()) {
            String message = name + " names no media type in occi.rendering.produces or occi.rendering.consumes; ignored";
            logger.warn(message);
            ledger.renderingRefused(origin, FailedServiceDTO.NO_MEDIA_TYPE, message);
            return;
        }
        RenderingOffer offer = new RenderingOffer(name, produces, consumes, leases(reference));
        renderings.put(reference, offer);
        ledger.renderingArrived(origin, offer.produces(), offer.consumes());
    }

    /** New media types or ranking: the rendering is offered anew. */
    void updatedRendering(ServiceReference<Rendering> reference) {
        unbindRendering(reference);
        bindRendering(reference);
    }

    void unbindRendering(ServiceReference<Rendering> reference) {
        boolean removed = renderings.remove(reference).isPresent();
        ledger.renderingLeft((Long) reference.getProperty(Constants.SERVICE_ID));
        if (removed && !isPrototype(reference)) {
            context.ungetService(reference);
        }
    }

    /** The renderings present, highest ranked first. */
    List<RenderingOffer> offers() {
        return renderings.values();
    }

    private static boolean isPrototype(ServiceReference<?> reference) {
        return Constants.SCOPE_PROTOTYPE.equals(reference.getProperty(Constants.SERVICE_SCOPE));
    }

    /**
     * How a request gets the rendering: a prototype-scoped one gives a fresh instance per
     * request, returned when the request is done; a singleton or bundle-scoped one is got
     * once here and shared (it is thread-safe by contract), given back when it leaves.
     */
    private Supplier<Optional<RenderingOffer.Lease>> leases(ServiceReference<Rendering> reference) {
        if (isPrototype(reference)) {
            ServiceObjects<Rendering> objects = context.getServiceObjects(reference);
            return () -> {
                Rendering rendering = objects == null ? null : objects.getService();
                return rendering == null ? Optional.empty() : Optional.of(new Lease(rendering, () -> objects.ungetService(rendering)));
            };
        }
        Rendering shared = context.getService(reference);
        Optional<RenderingOffer.Lease> lease = shared == null ? Optional.empty() : Optional.of(new Lease(shared, () -> { }));
        return () -> lease;
    }

    /** A rendering held for a request, and what giving it back means. */
    private record Lease(Rendering rendering, Runnable release) implements RenderingOffer.Lease {
        @Override
        public void close() {
            release.run();
        }
    }

    /** A string, an array or a collection of media types, read by the OSGi Converter; blanks name none. */
    static List<String> strings(Object value) {
        return java.util.Arrays.stream(Converters.standardConverter().convert(value).to(String[].class))
                .filter(s -> !s.isBlank()).toList();
    }
}
