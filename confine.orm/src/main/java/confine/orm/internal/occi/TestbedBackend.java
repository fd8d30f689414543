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
    private final Api api;
    private final long freshnessNanos;
    private final Logger log;
    private final long discoverySeconds;
    private final BundleContext context;
    private final Map<String, Cached> collections = new ConcurrentHashMap<>();
    private final ScheduledExecutorService discovery;
    private volatile Map<CategoryId, Mixin> templates = Map.of();

    TestbedBackend(TestbedConfig config, URI localBase, BundleContext context, Logger log) {
        this.context = context;
        this.model = new TestbedModel(config.name());
        this.log = log;
        this.discoverySeconds = config.discovery_seconds();
        URI base = config.base_url().isBlank() ? localBase.resolve(config.local_path().replaceFirst("^/", "")) : URI.create(config.base_url());
        this.locations = new Locations(base, model);
        this.mapping = new EntityMapping(model, locations);
        this.freshnessNanos = TimeUnit.MILLISECONDS.toNanos(config.freshness_ms());
        ApiOptions.Builder options = ApiOptions.builder().maxInFlightPerHost(config.max_in_flight())
                .identityMapExpiry(Duration.ofMillis(config.freshness_ms()));
        if (!config.token().isEmpty()) {
            options.token(config.token());
        } else if (!config.username().isEmpty()) {
            options.credentials(config.username(), config.password());
        }
        this.api = Api.of(base, options.build());
        this.discovery = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "confine-occi-" + model.name + "-templates");
            t.setDaemon(true);
            return t;
        });
        log.info("CONFINE testbed {} at {} served below {}", model.name, base, model.root);
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
        discovery.shutdownNow();
        api.close();
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
            for (JsonNode template : collection("templates", true)) {
                String id = Locations.id(URI.create(template.path("uri").asText()));
                Mixin mixin = model.template(id, template.path("name").asText(null));
                found.put(mixin.id(), mixin);
            }
            if (!found.equals(templates)) {
                log.info("CONFINE testbed {}: templates now {}", model.name, found.keySet());
                templates = Map.copyOf(found);
                announceModelChange();
            }
        } catch (RuntimeException | LinkageError e) {
            // caught so that the next discovery still runs (a scheduled task that throws is never run again)
            log.warn("CONFINE testbed {}: templates not read, the os_tpl mixins stay as they were: {}", model.name, e.getMessage());
        }
    }

    // ---- reading ---------------------------------------------------------------------

    /** A collection's members, read again when older than the freshness (or when {@code fresh}). */
    private List<JsonNode> collection(String plural, boolean fresh) {
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

    private Optional<String> sliceState(URI slice) {
        return collection("slices", false).stream().filter(s -> s.path("uri").asText().equals(slice.toString())).findFirst()
                .map(s -> s.path("set_state")).filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    private Optional<Resource> map(JsonNode json) {
        return mapping.resource(json, this::sliceState);
    }

    private List<Resource> resources(Kind kind) {
        return collection(kind.id().term() + "s", false).stream().map(this::map).flatMap(Optional::stream).toList();
    }

    @Override
    public boolean owns(String location) {
        return model.owns(location);
    }

    @Override
    public Optional<Entity> find(String location, RequestContext request) {
        if (location.startsWith(model.placement.location()) || location.startsWith(model.membership.location())) {
            String id = location.substring(location.indexOf('/', model.root.length()) + 1);
            return findResource(model.sliver.location() + id)
                    .flatMap(sliver -> mapping.links(sliver).stream().filter(l -> l.location().equals(location)).findFirst());
        }
        return findResource(location).map(Entity.class::cast);
    }

    private Optional<Resource> findResource(String location) {
        Optional<URI> uri = locations.uri(location);
        if (uri.isEmpty()) {
            return Optional.empty();
        }
        try {
            return map(api.get(uri.get()).json());
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
        List<Entity> matching = new ArrayList<>();
        for (Kind kind : model.resourceKinds()) {
            if (mayMatch(kind, query, Resource.class)) {
                resources(kind).stream().filter(r -> EntityFilter.matches(r, query)).forEach(matching::add);
            }
        }
        // a sliver's links start at the sliver: links from a resource elsewhere are not this store's to list
        Object source = query.attributes().get(Core.SOURCE);
        boolean linkSource = source == null || owns(source.toString());
        if (linkSource && (mayMatch(model.placement, query, Link.class) || mayMatch(model.membership, query, Link.class))) {
            resources(model.sliver).stream().flatMap(s -> mapping.links(s).stream())
                    .filter(l -> EntityFilter.matches(l, query)).forEach(matching::add);
        }
        matching.sort(Comparator.comparing(Entity::location));
        int from = (int) Math.min(matching.size(), query.offset());
        int to = (int) Math.min(matching.size(), query.offset() + (long) query.limit());
        return new Page<>(matching.subList(from, to), matching.size());
    }

    /** Whether a kind's entities could meet the query at all (so that no collection is read in vain). */
    private boolean mayMatch(Kind kind, EntityQuery query, Class<? extends Entity> type) {
        boolean path = kind.location().startsWith(query.pathPrefix()) || query.pathPrefix().startsWith(kind.location());
        boolean entityType = query.entityType().isAssignableFrom(type);
        boolean categories = query.categories().stream().allMatch(set -> set.contains(kind.id())
                || (kind == model.sliver && templates.keySet().stream().anyMatch(set::contains)));
        return path && entityType && categories;
    }

    // ---- writing ---------------------------------------------------------------------

    @Override
    public Entity create(Entity entity, RequestContext request) {
        if (!entity.kind().equals(model.sliver.id())) {
            throw OcciException.badRequest("only slivers are created through OCCI; create " + entity.kind().term()
                    + "s in the CONFINE controller (links follow a sliver's node and slice)");
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
            throw OcciException.badRequest("the links of a sliver follow its node and slice; change the sliver instead");
        }
        return resource.version() == 0 ? createSliver(resource) : save(resource);
    }

    private Resource createSliver(Resource sliver) {
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
            confine.orm.Resource created = api.manager("slivers").create(fields);
            collections.remove("slivers");
            return map(created.json()).orElseThrow(() -> new OcciException(500, "the controller put the sliver at " + created.uri()));
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
                .map(id -> api.uri().resolve("templates/" + id.term().substring("template-".length()) + "/"));
    }

    /** Sends what a client changed (title, summary, states, interfaces, template) as one field update. */
    private Resource save(Resource wanted) {
        URI uri = locations.uri(wanted.location()).orElseThrow(() -> OcciException.notFound("no CONFINE resource at " + wanted.location()));
        try {
            confine.orm.Resource remote = api.get(uri).refresh();
            Resource current = map(remote.json()).orElseThrow();
            Map<String, Object> changes = new LinkedHashMap<>();
            String term = current.kind().term();
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
            collections.remove(term + "s");
            return map(remote.refresh().json()).orElseThrow();
        } catch (ConfineException e) {
            throw Errors.toOcci("changing " + wanted.location(), e);
        }
    }

    @Override
    public void remove(Entity entity, RequestContext request) {
        if (entity instanceof Link) {
            return; // a sliver's links go with it
        }
        URI uri = locations.uri(entity.location()).orElseThrow();
        try {
            api.get(uri).delete();
            collections.remove(entity.kind().term() + "s");
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
        try {
            confine.orm.Resource remote = api.get(uri).refresh();
            if (model.sliceStates.contains(action) || model.sliverStates.contains(action)) {
                remote.set("set_state", term).save();
            } else {
                remote.invoke(term);
            }
            collections.remove(entity.kind().term() + "s");
            return map(remote.refresh().json()).orElseThrow();
        } catch (ConfineException e) {
            throw Errors.toOcci(term + " on " + entity.location(), e);
        }
    }
}
