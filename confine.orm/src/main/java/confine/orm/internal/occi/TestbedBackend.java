package confine.orm.internal.occi;

import com.fasterxml.jackson.databind.JsonNode;
import confine.orm.Api;
import confine.orm.ApiOptions;
import confine.orm.ConfineException;
import confine.orm.ResponseStatusException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import occi.api.Action;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.Resource;
import occi.api.backend.ActionBackend;
import occi.api.backend.EntityQuery;
import occi.api.backend.EntityStore;
import occi.api.backend.MixinBackend;
import occi.api.backend.ModelChanges;
import occi.api.backend.Page;
import occi.api.backend.RequestContext;
import occi.infrastructure.Compute;
import occi.infrastructure.Network;
import occi.infrastructure.NetworkInterface;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.Logger;

/**
 * One CONFINE testbed as an OCCI backend that owns its entities' storage: every read goes
 * to the controller through the client (the identity map and a per-collection cache keep a
 * representation for the configured freshness), every write is a CONFINE create, field
 * update, delete or action. Nothing of the testbed is copied into the OCCI registry.
 */
class TestbedBackend implements EntityStore, MixinBackend, ActionBackend {

    private record Cached(long readAt, List<JsonNode> items) {}

    private final TestbedModel model;
    private final Locations locations;
    private final EntityMapping mapping;
    private final URI base;
    private final ApiOptions options;
    private final long freshnessNanos;
    private final Logger log;
    private final long discoverySeconds;
    private final BundleContext context;
    /** The testbed's default identity: anonymous and unmapped OCCI users, and template discovery. */
    private final Client defaultClient;
    private final PrincipalMap principalMap;
    /** One session per mapped OCCI user, made on its first request; bounded by the configured map. */
    private final Map<String, Client> principalClients = new ConcurrentHashMap<>();
    private volatile boolean closed;
    /**
     * This container's own controller's path when the testbed is it ({@code base.url} empty)
     * and no default identity is configured: anonymous requests over loopback then act as the
     * controller's local operator; {@code null} otherwise.
     */
    private final String localOperatorPath;
    /** The local operator's session and the token it was made with (a re-seed of the controller makes a new token). */
    private volatile OperatorClient operatorClient;

    private record OperatorClient(String token, Client client) {}
    private final ScheduledExecutorService discovery;
    private volatile Map<CategoryId, Mixin> templates = Map.of();
    /** The local controller answers 503 while the container starts: template reads fail quietly then. */
    private final StartingGrace startingGrace = new StartingGrace(StartingGrace.GRACE);

    TestbedBackend(TestbedConfig config, URI localBase, BundleContext context, Logger log) {
        this.context = context;
        this.model = new TestbedModel(config.name());
        this.log = log;
        this.discoverySeconds = config.discovery_seconds();
        URI base = config.base_url().isBlank() ? localBase.resolve(config.local_path().replaceFirst("^/", "")) : URI.create(config.base_url());
        this.locations = new Locations(base, model);
        this.mapping = new EntityMapping(model, locations);
        this.freshnessNanos = TimeUnit.MILLISECONDS.toNanos(config.freshness_ms());
        this.base = base;
        this.options = ApiOptions.builder().maxInFlightPerHost(config.max_in_flight())
                .identityMapExpiry(Duration.ofMillis(config.freshness_ms())).build();
        ApiOptions.Builder defaults = options.toBuilder();
        if (!config._token().isEmpty()) {
            defaults.token(config._token());
        } else if (!config.username().isEmpty()) {
            defaults.credentials(config.username(), config._password());
        }
        this.defaultClient = new Client(Api.of(base, defaults.build()));
        boolean anonymousDefault = config._token().isEmpty() && config.username().isEmpty();
        this.localOperatorPath = config.base_url().isBlank() && anonymousDefault ? config.local_path() : null;
        this.principalMap = PrincipalMap.parse(config.principal_map(), config._principal_passwords(), config._principal_tokens());
        principalMap.problems().forEach(problem -> log.warn("CONFINE testbed {}: {}", model.name, problem));
        this.discovery = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "confine-occi-" + model.name + "-templates");
            t.setDaemon(true);
            return t;
        });
        log.info("CONFINE testbed {} at {} served below {}; OCCI users with CONFINE identities of their own: {}{}", model.name, base,
                model.root, principalMap.occiUsers().isEmpty() ? "none" : principalMap.occiUsers(), localOperatorPath == null ? ""
                        : "; anonymous requests over loopback act as the local controller's operator while it listens on loopback only");
    }

    /**
     * The client session a request reaches the controller through: the mapped OCCI user's
     * own (logged in as its CONFINE user, with its own identity map and collection cache, so
     * nothing one CONFINE user reads is served to another), else the default one.
     */
    private Client client(RequestContext request) {
        Optional<PrincipalMap.Credentials> credentials = principalMap.of(request == null ? null : request.principal());
        if (credentials.isEmpty()) {
            if (localOperatorPath != null && request != null && !request.authenticated() && request.loopback()) {
                return operatorClient().orElse(defaultClient);
            }
            return defaultClient;
        }
        Client client = principalClients.computeIfAbsent(request.principal(), user -> {
            PrincipalMap.Credentials c = credentials.get();
            ApiOptions.Builder own = options.toBuilder();
            if (c.token() != null) {
                own.token(c.token());
            } else {
                own.credentials(c.confineUser(), c.password());
            }
            log.debug("CONFINE testbed {}: a client session for OCCI user {} as CONFINE user {}", model.name, user, c.confineUser());
            return new Client(Api.of(base, own.build()));
        });
        if (closed) {
            client.api.close(); // made while the backend closed: closed here, the request fails on a fresh session at worst
        }
        return client;
    }

    /**
     * The session of the local controller's operator, for an anonymous request over loopback:
     * the controller hands out the token only while it listens on loopback only, so beyond
     * loopback the request stays anonymous (fail closed). Made again when the token changes.
     */
    private Optional<Client> operatorClient() {
        Optional<String> token;
        try {
            token = LocalOperator.token(context, localOperatorPath);
        } catch (LinkageError noController) {
            return Optional.empty(); // the controller bundle is not in this container
        }
        if (token.isEmpty()) {
            return Optional.empty();
        }
        OperatorClient current = operatorClient;
        if (current != null && current.token().equals(token.get())) {
            return Optional.of(current.client());
        }
        synchronized (this) {
            current = operatorClient;
            if (current == null || !current.token().equals(token.get())) {
                if (current != null) {
                    current.client().api.close();
                }
                current = new OperatorClient(token.get(), new Client(Api.of(base, options.toBuilder().token(token.get()).build())));
                operatorClient = current;
            }
        }
        if (closed) {
            current.client().api.close();
        }
        return Optional.of(current.client());
    }

    /** Starts discovering templates; called once the component is constructed. */
    final void start() {
        discovery.scheduleWithFixedDelay(this::discoverTemplates, 0, discoverySeconds, TimeUnit.SECONDS);
    }

    /**
     * Tells the OCCI server, if one is there, that the categories changed. Looked up when
     * needed rather than referenced: the server references this backend, and a reference
     * back would make a cycle while both activate.
     */
    private void announceModelChange() {
        ServiceReference<ModelChanges> reference = context.getServiceReference(ModelChanges.class);
        if (reference == null) {
            return; // no server now: it reads the categories when it binds this backend
        }
        ModelChanges changes = context.getService(reference);
        try {
            if (changes != null) {
                changes.categoriesChanged(this);
            }
        } finally {
            context.ungetService(reference);
        }
    }

    void close() {
        closed = true;
        discovery.shutdownNow();
        defaultClient.api.close();
        principalClients.values().forEach(c -> c.api.close());
        principalClients.clear();
        OperatorClient operator = operatorClient;
        if (operator != null) {
            operator.client().api.close();
        }
    }

    // ---- categories ------------------------------------------------------------------

    @Override
    public Collection<? extends Category> categories() {
        List<Category> all = new ArrayList<>(model.fixedCategories());
        all.addAll(templates.values());
        return all;
    }

    /** Reads the controller's templates; tells the server when the os_tpl mixins change. */
    void discoverTemplates() {
        try {
            Map<CategoryId, Mixin> found = new LinkedHashMap<>();
            for (JsonNode template : defaultClient.collection("templates", true)) {
                String id = Locations.id(URI.create(template.path("uri").asText()));
                Mixin mixin = model.template(id, template.path("name").asText(null));
                found.put(mixin.id(), mixin);
            }
            startingGrace.served();
            if (!found.equals(templates)) {
                log.info("CONFINE testbed {}: templates now {}", model.name, found.keySet());
                templates = Map.copyOf(found);
                announceModelChange();
            }
        } catch (RuntimeException | LinkageError e) {
            // caught so that the next discovery still runs (a scheduled task that throws is never run again)
            if (startingGrace.quiet(e, System.nanoTime())) {
                log.info("CONFINE testbed {}: the controller does not serve yet (it answers 503; the container may be starting);"
                        + " templates read again in {} s", model.name, discoverySeconds);
                return;
            }
            log.warn("CONFINE testbed {}: templates not read, the os_tpl mixins stay as they were: {}", model.name, e.getMessage());
        }
    }

    // ---- reading ---------------------------------------------------------------------

    /**
     * One client session with the controller, as one CONFINE identity: the session's
     * identity map and a per-collection cache, both kept for the freshness.
     */
    private final class Client {

        final Api api;
        private final Map<String, Cached> collections = new ConcurrentHashMap<>();

        Client(Api api) {
            this.api = api;
        }

        /** A collection's members, read again when older than the freshness (or when {@code fresh}). */
        List<JsonNode> collection(String plural, boolean fresh) {
            Cached cached = collections.get(plural);
            long now = System.nanoTime();
            if (!fresh && cached != null && now - cached.readAt() < freshnessNanos) {
                return cached.items();
            }
            try {
                List<JsonNode> items = api.manager(plural).retrieve().list().stream().map(r -> (JsonNode) r.json()).toList();
                collections.put(plural, new Cached(now, items));
                return items;
            } catch (ConfineException e) {
                throw Errors.toOcci("reading " + plural, e);
            }
        }

        /** Forgets a collection this session changed, so the next read sees the change. */
        void changed(String plural) {
            collections.remove(plural);
        }

        private Optional<String> sliceState(URI slice) {
            return collection("slices", false).stream().filter(s -> s.path("uri").asText().equals(slice.toString())).findFirst()
                    .map(s -> s.path("set_state")).filter(JsonNode::isTextual).map(JsonNode::asText);
        }

        Optional<Resource> map(JsonNode json) {
            return mapping.resource(json, this::sliceState);
        }

        List<Resource> resources(String term) {
            return collection(term + "s", false).stream().map(this::map).flatMap(Optional::stream).toList();
        }
    }

    @Override
    public boolean owns(String location) {
        return model.owns(location);
    }

    @Override
    public Optional<Entity> find(String location, RequestContext request) {
        String interfaces = model.interfacesLocation();
        if (location.startsWith(model.placement.location()) || location.startsWith(model.membership.location())
                || location.startsWith(interfaces)) {
            String id = location.substring(location.indexOf('/', model.root.length()) + 1);
            String sliverId = location.startsWith(interfaces) && id.contains("-") ? id.substring(0, id.lastIndexOf('-')) : id;
            return findResource(client(request), model.locationOf("sliver") + sliverId)
                    .flatMap(sliver -> mapping.links(sliver).stream().filter(l -> l.location().equals(location)).findFirst());
        }
        if (location.startsWith(model.networkLocation(""))) {
            return mapping.networks().stream().filter(n -> n.location().equals(location)).findFirst().map(Entity.class::cast);
        }
        return findResource(client(request), location).map(Entity.class::cast);
    }

    private Optional<Resource> findResource(Client client, String location) {
        Optional<URI> uri = locations.uri(location);
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        try {
            return client.map(client.api.get(uri.get()).json());
        } catch (ResponseStatusException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw Errors.toOcci("reading " + location, e);
        } catch (ConfineException e) {
            throw Errors.toOcci("reading " + location, e);
        }
    }

    @Override
    public Page<Entity> query(EntityQuery query, RequestContext request) {
        // the server asks every store for each listed resource's links (by source): a source elsewhere answers at once,
        // since this store's links start at its slivers and its resources have no source
        Object source = query.attributes().get(Core.SOURCE);
        if (source != null && !owns(source.toString())) {
            return new Page<>(List.of(), 0);
        }
        Client client = client(request);
        List<Entity> matching = new ArrayList<>();
        for (Kind kind : model.resourceKinds()) {
            if (mayMatch(kind.location(), kind.id(), List.of(), query, Resource.class)) {
                client.resources(kind.id().term()).stream().filter(r -> EntityFilter.matches(r, query)).forEach(matching::add);
            }
        }
        List<CategoryId> sliverMixins = new ArrayList<>(templates.keySet());
        sliverMixins.add(model.sliver.id());
        if (mayMatch(model.locationOf("sliver"), Compute.ID, sliverMixins, query, Resource.class)) {
            client.resources("sliver").stream().filter(r -> EntityFilter.matches(r, query)).forEach(matching::add);
        }
        if (mayMatch(model.networkLocation(""), Network.ID, List.of(), query, Resource.class)) {
            mapping.networks().stream().filter(r -> EntityFilter.matches(r, query)).forEach(matching::add);
        }
        if ((mayMatch(model.placement.location(), model.placement.id(), List.of(), query, Link.class)
                || mayMatch(model.membership.location(), model.membership.id(), List.of(), query, Link.class)
                || mayMatch(model.interfacesLocation(), NetworkInterface.ID, List.of(model.iface.id()), query, Link.class))) {
            client.resources("sliver").stream().flatMap(s -> mapping.links(s).stream())
                    .filter(l -> EntityFilter.matches(l, query)).forEach(matching::add);
        }
        if (query.after() != null) {
            matching.removeIf(e -> e.location().compareTo(query.after()) <= 0); // keyset paging: the next chunk of a listing
        }
        matching.sort(Comparator.comparing(Entity::location));
        int from = (int) Math.min(matching.size(), query.offset());
        int to = (int) Math.min(matching.size(), query.offset() + (long) query.limit());
        return new Page<>(matching.subList(from, to), matching.size());
    }

    /** Whether a kind's entities could meet the query at all (so that no collection is read in vain). */
    private static boolean mayMatch(String location, CategoryId kind, List<CategoryId> mixins, EntityQuery query,
            Class<? extends Entity> type) {
        boolean path = location.startsWith(query.pathPrefix()) || query.pathPrefix().startsWith(location);
        boolean entityType = query.entityType().isAssignableFrom(type);
        boolean categories = query.categories().stream().allMatch(set -> set.contains(kind) || mixins.stream().anyMatch(set::contains));
        return path && entityType && categories;
    }

    // ---- writing ---------------------------------------------------------------------

    @Override
    public Entity create(Entity entity, RequestContext request) {
        throw OcciException.badRequest("only slivers are created through OCCI (a compute with mixin " + model.sliver.id()
                + "); create " + entity.kind().term() + "s in the CONFINE controller (links follow a sliver's node, slice and interfaces)");
    }

    /** Nodes, slices, groups, islands and the links are made in the controller; the same words as {@link #create}. */
    @Override
    public Optional<String> refusesCreate(Kind kind, RequestContext request) {
        return Optional.of("only slivers are created through OCCI (a compute with mixin " + model.sliver.id()
                + "); create " + kind.id().term() + "s in the CONFINE controller");
    }

    @Override
    public Optional<String> refusesDelete(Entity entity, RequestContext request) {
        if (!(entity instanceof Link) && locations.uri(entity.location()).isEmpty()) {
            return Optional.of(entity.location() + " is one of the testbed's fixed networks; it cannot be deleted");
        }
        return Optional.empty();
    }

    /** What {@link #store} refuses whatever the change: a sliver's links, a fixed network. */
    @Override
    public Optional<String> refusesChange(Entity entity, RequestContext request) {
        if (entity instanceof Link) {
            return Optional.of("the links of a sliver follow its node, slice and interfaces; change the sliver instead");
        }
        if (locations.uri(entity.location()).isEmpty()) {
            return Optional.of(entity.location() + " is one of the testbed's fixed networks; it cannot be changed");
        }
        return Optional.empty();
    }

    /** What {@link #apply} refuses on an existing entity: the sliver and interface mixins come with the sliver. */
    @Override
    public Optional<String> refusesTag(Mixin mixin, Entity entity, RequestContext request) {
        if (mixin.id().equals(model.iface.id())) {
            return Optional.of("a sliver's interfaces are given with the sliver, not tagged");
        }
        if (mixin.id().equals(model.sliver.id())) {
            return Optional.of("mixin " + mixin.id().term() + " makes a new compute a CONFINE sliver; create a compute with it instead");
        }
        return Optional.empty();
    }

    /** What {@link #store} refuses: a sliver keeps its sliver mixin, an interface link its interface mixin. */
    @Override
    public Optional<String> refusesUntag(Mixin mixin, Entity entity, RequestContext request) {
        if (mixin.id().equals(model.sliver.id())) {
            return Optional.of("a compute of CONFINE testbed " + model.name + " is a sliver: it keeps mixin " + mixin.id().term());
        }
        if (mixin.id().equals(model.iface.id())) {
            return Optional.of("the links of a sliver follow its interfaces; change the sliver instead");
        }
        return Optional.empty();
    }

    @Override
    public Entity apply(Mixin mixin, Entity entity, RequestContext request) {
        if (mixin.id().equals(model.iface.id())) {
            throw OcciException.badRequest("a sliver's interfaces are given with the sliver (" + Fields.SLIVER_INTERFACES
                    + ") and shown as its networkinterface links; they are not created on their own");
        }
        if (!mixin.id().equals(model.sliver.id())) {
            return entity; // a template: sent to CONFINE when the sliver is stored
        }
        if (entity.version() != 0 || !entity.location().startsWith(model.root)) {
            throw OcciException.badRequest("mixin " + mixin.id() + " makes a new compute a CONFINE sliver; it is not added to "
                    + entity.location() + " (create a compute with it instead)");
        }
        for (String field : List.of(Fields.SLIVER_NODE, Fields.SLIVER_SLICE)) {
            Object location = entity.attributes().get(field);
            if (location == null || locations.uri(location.toString()).isEmpty()) {
                throw OcciException.badRequest("attribute " + field + ": the location of a " + field.substring(field.lastIndexOf('.') + 1)
                        + " of this testbed, e.g. " + model.root + field.substring(field.lastIndexOf('.') + 1) + "/1");
            }
        }
        return entity;
    }

    @Override
    public Entity store(Entity entity, RequestContext request) {
        if (!(entity instanceof Resource resource)) {
            throw OcciException.badRequest("the links of a sliver follow its node, slice and interfaces; change the sliver instead");
        }
        if (locations.termAt(resource.location()).isEmpty() && resource.version() != 0) {
            throw OcciException.badRequest(resource.location() + " is one of the testbed's fixed networks; it cannot be changed");
        }
        boolean sliver = resource.kind().equals(Compute.ID) && resource.mixins().contains(model.sliver.id());
        if (resource.kind().equals(Compute.ID) && !sliver) {
            throw OcciException.badRequest("a compute of CONFINE testbed " + model.name + " is a sliver: it keeps mixin " + model.sliver.id());
        }
        Client client = client(request);
        return resource.version() == 0 ? createSliver(client, resource) : save(client, resource);
    }

    private Resource createSliver(Client client, Resource sliver) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("node", reference(sliver.attributes().get(Fields.SLIVER_NODE)));
        fields.put("slice", reference(sliver.attributes().get(Fields.SLIVER_SLICE)));
        templateOf(sliver).ifPresent(t -> fields.put("template", Map.of("uri", t.toString())));
        fields.put("interfaces", sliver.attributes().getOrDefault(Fields.SLIVER_INTERFACES, List.of()));
        fields.put("description", sliver.summary() == null ? "" : sliver.summary());
        Object state = sliver.attributes().get(Fields.SLIVER_SET_STATE);
        if (state != null) {
            fields.put("set_state", state);
        }
        try {
            confine.orm.Resource created = client.api.manager("slivers").create(fields);
            client.changed("slivers");
            return client.map(created.json()).orElseThrow(() -> new OcciException(500, "the controller put the sliver at " + created.uri()));
        } catch (ConfineException e) {
            throw Errors.toOcci("creating a sliver", e);
        }
    }

    private Map<String, String> reference(Object location) {
        return Map.of("uri", locations.uri(location.toString()).orElseThrow().toString());
    }

    private Optional<URI> templateOf(Entity entity) {
        String scheme = model.templateId("0").scheme();
        return entity.mixins().stream().filter(id -> id.scheme().equals(scheme)).findFirst()
                .map(id -> base.resolve("templates/" + id.term().substring("template-".length()) + "/"));
    }

    /** Sends what a client changed (title, summary, states, interfaces, template) as one field update. */
    private Resource save(Client client, Resource wanted) {
        URI uri = locations.uri(wanted.location()).orElseThrow(() -> OcciException.notFound("no CONFINE resource at " + wanted.location()));
        try {
            confine.orm.Resource remote = client.api.get(uri).refresh();
            Resource current = client.map(remote.json()).orElseThrow();
            Map<String, Object> changes = new LinkedHashMap<>();
            String term = locations.termAt(current.location()).orElseThrow();
            if (!term.equals("sliver") && wanted.title() != null && !wanted.title().equals(current.title())) {
                changes.put("name", wanted.title());
            }
            if (!java.util.Objects.equals(wanted.summary(), current.summary())) {
                changes.put("description", wanted.summary() == null ? "" : wanted.summary());
            }
            String stateField = switch (term) {
                case "node" -> Fields.NODE_SET_STATE;
                case "slice" -> Fields.SLICE_SET_STATE;
                case "sliver" -> Fields.SLIVER_SET_STATE;
                default -> null;
            };
            if (stateField != null && !java.util.Objects.equals(wanted.attributes().get(stateField), current.attributes().get(stateField))) {
                changes.put("set_state", wanted.attributes().get(stateField));
            }
            if (term.equals("sliver")) {
                Object computeState = wanted.attributes().get(Compute.STATE);
                if (computeState != null && !computeState.equals(current.attributes().get(Compute.STATE))) {
                    // a compute action (start, stop ...) of the infrastructure model moved the state: ask CONFINE for it
                    changes.put("set_state", EntityMapping.confineState(computeState.toString()).orElseThrow(() ->
                            OcciException.badRequest("a CONFINE sliver cannot be " + computeState)));
                }
                if (!java.util.Objects.equals(wanted.attributes().get(Fields.SLIVER_INTERFACES), current.attributes().get(Fields.SLIVER_INTERFACES))) {
                    changes.put("interfaces", wanted.attributes().getOrDefault(Fields.SLIVER_INTERFACES, List.of()));
                }
                Optional<URI> template = templateOf(wanted);
                if (!template.equals(templateOf(current))) {
                    changes.put("template", template.map(t -> (Object) Map.of("uri", t.toString())).orElse(null));
                }
            }
            if (changes.isEmpty()) {
                return current;
            }
            changes.forEach(remote::set);
            remote.save();
            client.changed(term + "s");
            return client.map(remote.refresh().json()).orElseThrow();
        } catch (ConfineException e) {
            throw Errors.toOcci("changing " + wanted.location(), e);
        }
    }

    /**
     * Refuses, before the server removes anything, what {@link #remove} could not remove: a
     * collection delete of {@code /network/} is then refused whole instead of deleting the
     * user's own networks first and failing on a testbed network.
     */
    @Override
    public void delete(Entity entity, RequestContext request) {
        if (!(entity instanceof Link) && locations.uri(entity.location()).isEmpty()) {
            throw OcciException.badRequest(entity.location() + " is one of the testbed's fixed networks; it cannot be deleted");
        }
    }

    @Override
    public void remove(Entity entity, RequestContext request) {
        if (entity instanceof Link) {
            return; // a sliver's links go with it
        }
        URI uri = locations.uri(entity.location()).orElseThrow(() -> OcciException.badRequest(
                entity.location() + " is one of the testbed's fixed networks; it cannot be deleted"));
        try {
            Client client = client(request);
            client.api.get(uri).delete();
            client.changed(locations.termAt(entity.location()).orElseThrow() + "s");
        } catch (ConfineException e) {
            throw Errors.toOcci("deleting " + entity.location(), e);
        }
    }

    // ---- actions ---------------------------------------------------------------------

    @Override
    public Entity invoke(Action action, Entity entity, Map<String, Object> attributes, RequestContext request) {
        URI uri = locations.uri(entity.location()).orElseThrow(() -> OcciException.badRequest(
                action.id().term() + " applies to CONFINE resources, not to " + entity.location()));
        String term = action.id().term();
        Client client = client(request);
        try {
            confine.orm.Resource remote = client.api.get(uri).refresh();
            if (model.sliceStates.contains(action) || model.sliverStates.contains(action)) {
                remote.set("set_state", term).save();
            } else {
                remote.invoke(term);
            }
            client.changed(locations.termAt(entity.location()).orElseThrow() + "s");
            return client.map(remote.refresh().json()).orElseThrow();
        } catch (ConfineException e) {
            throw Errors.toOcci(term + " on " + entity.location(), e);
        }
    }

    /**
     * An action on several members of a collection, run concurrently through the client's
     * bulk operations (up to {@code max.in.flight} requests at once): every member is read,
     * then the action (or the {@code set_state} update) is sent to all, then the changed
     * ones are read back. The controller is the source of truth and nothing there is rolled
     * back: when some members fail, the others <em>have</em> changed, and the client gets the
     * status of the first failure with a message naming which members changed and which
     * failed (and why).
     */
    @Override
    public List<Entity> invokeAll(Action action, List<Entity> entities, Map<String, Object> attributes, RequestContext request) {
        if (entities.size() < 2) {
            return ActionBackend.super.invokeAll(action, entities, attributes, request);
        }
        String term = action.id().term();
        List<URI> uris = new ArrayList<>();
        for (Entity entity : entities) {
            uris.add(locations.uri(entity.location()).orElseThrow(() -> OcciException.badRequest(
                    term + " applies to CONFINE resources, not to " + entity.location())));
        }
        Client client = client(request);
        List<confine.orm.Resource> remotes;
        try {
            List<java.util.concurrent.CompletableFuture<confine.orm.Resource>> loads = uris.stream().map(client.api::getAsync).toList();
            java.util.concurrent.CompletableFuture.allOf(loads.toArray(java.util.concurrent.CompletableFuture[]::new)).join();
            remotes = loads.stream().map(java.util.concurrent.CompletableFuture::join).toList();
        } catch (java.util.concurrent.CompletionException e) {
            throw Errors.toOcci(term + " on " + entities.size() + " members (none changed)", e);
        }
        boolean stateChange = model.sliceStates.contains(action) || model.sliverStates.contains(action);
        confine.orm.Outcome outcome;
        try {
            // each member counts as done when the controller answered for it: operators see a long one advance
            Runnable memberDone = () -> occi.api.progress.Operation.of(request).ifPresent(operation -> operation.advance(1));
            outcome = (stateChange ? confine.orm.internal.BulkProgress.update(remotes, Map.of("set_state", term), memberDone)
                    : confine.orm.internal.BulkProgress.invoke(remotes, term, null, memberDone)).join();
        } catch (java.util.concurrent.CompletionException e) {
            throw Errors.toOcci(term + " on " + entities.size() + " members", e);
        } finally {
            entities.stream().map(e -> locations.termAt(e.location())).flatMap(Optional::stream).distinct()
                    .forEach(t -> client.changed(t + "s"));
        }
        if (!outcome.ok()) {
            throw partialFailure(term, entities, remotes, outcome);
        }
        // every member changed: read them back (concurrently) to render their new state
        confine.orm.Outcome reread = client.api.set(remotes).refreshAsync().join();
        List<Entity> results = new ArrayList<>();
        for (int i = 0; i < remotes.size(); i++) {
            confine.orm.Resource remote = remotes.get(i);
            Throwable unread = reread.failures().get(remote);
            if (unread != null) {
                throw Errors.toOcci(term + " done on every member, but " + entities.get(i).location() + " could not be read back", unread);
            }
            results.add(client.map(remote.json()).orElseThrow());
        }
        return results;
    }

    /** The first failure's status, with every member that changed and every one that failed named. */
    private static OcciException partialFailure(String term, List<Entity> entities, List<confine.orm.Resource> remotes,
            confine.orm.Outcome outcome) {
        List<String> changed = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        OcciException first = null;
        for (int i = 0; i < remotes.size(); i++) {
            Throwable failure = outcome.failures().get(remotes.get(i));
            String location = entities.get(i).location();
            if (failure == null) {
                changed.add(location);
            } else {
                OcciException occi = Errors.toOcci(location, failure);
                failed.add(occi.getMessage());
                if (first == null) {
                    first = occi;
                }
            }
        }
        String message = term + " failed on " + failed.size() + " of " + entities.size() + " members; changed (not undone, the "
                + "controller keeps them): " + (changed.isEmpty() ? "none" : String.join(", ", changed)) + "; failed: "
                + String.join("; ", failed);
        return new OcciException(first.status(), message, first, first.retryAfter().orElse(null));
    }
}
