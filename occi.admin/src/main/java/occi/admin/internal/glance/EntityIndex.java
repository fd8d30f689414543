package occi.admin.internal.glance;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import occi.admin.internal.http.OcciClient;
import occi.admin.internal.http.OcciServerException;
import occi.api.AttributeDefinition;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.backend.EntityQuery;
import occi.api.backend.EntityStore;
import occi.api.backend.Page;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The entities for the console, read in process from where the server keeps them: the
 * registry in use and every entity store (the server's own HTTP listing has no count and
 * would walk every entity). Counts are the sources' own totals of a query asked for no
 * entity (a JDBC registry counts in SQL, a kind from its counter table), so a page costs a
 * few count queries and one page of entities per source, whatever the number of entities.
 * Reads as the user the administration tools call the server as ({@code occi.admin},
 * {@code username}; anonymous when empty), so it sees what that user sees.
 */
@Component(service = EntityIndex.class)
public class EntityIndex {

    /** A kind whose state attribute has no list of values is counted per state by reading it, up to this many entities. */
    static final int STATE_SCAN_LIMIT = 10_000;

    private final Supplier<Optional<Registry>> registry;
    private final Supplier<List<EntityStore>> stores;
    private final Supplier<List<Kind>> definedKinds;
    private final Supplier<RequestContext> context;
    private final OperationRefusals refusals;
    /** Counts per state in the background when they take long; one thread, ended with the component. */
    private final java.util.concurrent.ExecutorService counting = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "occi.admin state counts");
        thread.setDaemon(true);
        return thread;
    });
    private final StateCountCache stateCache = new StateCountCache(counting, java.time.Clock.systemUTC(), StateCountCache.WAIT);

    @Activate
    public EntityIndex(@Reference ServedObjects served, @Reference OcciClient client) {
        this(served::registryInUse, served::entityStores, served::kinds, () -> context(client), served);
    }

    /** Reads the registry and stores these give, as the caller {@code context} gives; offers every operation. */
    EntityIndex(Supplier<Optional<Registry>> registry, Supplier<List<EntityStore>> stores, Supplier<List<Kind>> definedKinds,
            Supplier<RequestContext> context) {
        this(registry, stores, definedKinds, context, OperationRefusals.NONE);
    }

    /** Reads the registry and stores these give, as the caller {@code context} gives, asking {@code refusals} what not to offer. */
    EntityIndex(Supplier<Optional<Registry>> registry, Supplier<List<EntityStore>> stores, Supplier<List<Kind>> definedKinds,
            Supplier<RequestContext> context, OperationRefusals refusals) {
        this.refusals = refusals;
        this.registry = registry;
        this.stores = stores;
        this.definedKinds = definedKinds;
        this.context = context;
    }

    @org.osgi.service.component.annotations.Deactivate
    void stop() {
        counting.shutdownNow();
    }

    /** The counts per state as the page shows them: fresh when they come within a moment, else the last ones. */
    public StateCountCache.Reading cachedStateCounts(KindStates kinds, Map<String, Long> perKind) {
        return stateCache.read(() -> stateCounts(kinds, perKind));
    }

    /** The kinds of the backends present, with their state attributes. */
    public KindStates kinds() {
        return new KindStates(definedKinds.get());
    }

    /** One page of the entities the filter selects, and how many it selects in all. */
    public Listing list(EntityFilter filter, KindStates kinds) {
        EntityQuery query = filter.query(kinds);
        List<Source> sources = sources(query);
        long[] totals = new long[sources.size()];
        long total = 0;
        for (int i = 0; i < sources.size(); i++) {
            totals[i] = sources.get(i).count(query);
            total += totals[i];
        }
        // the sources one after the other (the registry's entities, then each store's), each in location order
        long skip = (filter.page() - 1) * filter.size();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < sources.size() && rows.size() < filter.size(); i++) {
            if (skip >= totals[i]) {
                skip -= totals[i];
                continue;
            }
            RequestContext caller = sources.get(i).context();
            Optional<EntityStore> keptBy = sources.get(i).keptBy();
            for (Entity entity : sources.get(i).page(query, skip, filter.size() - rows.size())) {
                Map<String, String> untagRefused = new LinkedHashMap<>();
                entity.mixins().forEach(m -> refusals.untag(m, entity, caller).ifPresent(why -> untagRefused.put(m.toString(), why)));
                rows.add(new Row(entity.location(), entity.kind().toString(), entity.title() == null ? "" : entity.title(),
                        kinds.stateOf(entity), entity.mixins().stream().map(Object::toString).toList(),
                        refusals.delete(entity, keptBy, caller), untagRefused));
            }
            skip = 0;
        }
        return new Listing(rows, total);
    }

    /** How many entities each kind has (its own, sub-kinds not included) and how many per state. */
    public Counts counts(KindStates kinds) {
        Map<String, Long> perKind = kindCounts(kinds);
        StateCounts states = stateCounts(kinds, perKind);
        return new Counts(perKind, states.perState(), states.notes());
    }

    /** How many entities each kind has, its own (sub-kinds not included): one count query per kind and source. */
    public Map<String, Long> kindCounts(KindStates kinds) {
        Map<String, Long> perKind = new LinkedHashMap<>();
        for (Kind kind : kinds.kinds()) {
            EntityQuery ofKind = new EntityQuery("/", List.of(Set.of(kind.id())), Map.of(), null, Entity.class, 0, 0);
            perKind.put(kind.id().toString(), sources(ofKind).stream().mapToLong(s -> s.count(ofKind)).sum());
        }
        return perKind;
    }

    /**
     * How many entities of each kind are in each state: a count query per state value and
     * source (a registry answers it through its attribute index, which costs more than a
     * kind's count: see {@link StateCountCache}), or, for a state without a list of values,
     * a read of the kind's entities up to {@value #STATE_SCAN_LIMIT}.
     */
    public StateCounts stateCounts(KindStates kinds, Map<String, Long> perKind) {
        Map<String, Map<String, Long>> perState = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (Kind kind : kinds.kinds()) {
            long count = perKind.getOrDefault(kind.id().toString(), 0L);
            Optional<AttributeDefinition> state = KindStates.stateOf(kind);
            if (count == 0 || state.isEmpty()) {
                continue;
            }
            EntityQuery ofKind = new EntityQuery("/", List.of(Set.of(kind.id())), Map.of(), null, Entity.class, 0, 0);
            List<Source> sources = sources(ofKind);
            Map<String, Long> states = new LinkedHashMap<>();
            List<String> values = KindStates.statesOf(kind);
            if (!values.isEmpty()) {
                for (String value : values) {
                    EntityQuery inState = new EntityQuery("/", List.of(Set.of(kind.id())), Map.of(state.get().name(), value),
                            null, Entity.class, 0, 0);
                    long n = sources.stream().mapToLong(s -> s.count(inState)).sum();
                    if (n > 0) {
                        states.put(value, n);
                    }
                }
            } else if (count <= STATE_SCAN_LIMIT) {
                for (Source source : sources) {
                    for (Entity entity : source.page(ofKind, 0, STATE_SCAN_LIMIT)) {
                        states.merge(kinds.stateOf(entity), 1L, Long::sum);
                    }
                }
                states.remove("");
            } else {
                notes.add(kind.id().term() + ": " + count + " entities, more than the " + STATE_SCAN_LIMIT
                        + " read to count states of an attribute without a list of values");
                continue;
            }
            long withState = states.values().stream().mapToLong(Long::longValue).sum();
            if (withState < count) {
                states.put("", count - withState);  // no state set
            }
            perState.put(kind.id().toString(), states);
        }
        return new StateCounts(perState, notes);
    }

    /** The registry in use and every entity store that may hold what the query asks for, as the server picks them. */
    private List<Source> sources(EntityQuery query) {
        Registry inUse = registry.get().orElseThrow(() -> new OcciServerException("no registry is available"));
        RequestContext caller = context.get();
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(inUse::query, caller, Optional.empty()));
        for (EntityStore store : stores.get()) {
            if (query.pathPrefix().equals("/") || store.owns(query.pathPrefix())) {
                sources.add(new Source(store::query, caller, Optional.of(store)));
            }
        }
        return sources;
    }

    private static RequestContext context(OcciClient client) {
        String user = client.config().username();
        URI base;
        try {
            base = client.base();
        } catch (OcciServerException e) {
            base = URI.create("http://127.0.0.1/");  // only stores that render absolute URIs read it
        }
        return new RequestContext(user == null || user.isEmpty() ? null : user, Map.of(), base);
    }

    private interface Query {
        Page<Entity> run(EntityQuery query, RequestContext context);
    }

    /** Where entities are read: the registry, or a store ({@code keptBy}) that keeps its kinds' entities itself. */
    private record Source(Query read, RequestContext context, Optional<EntityStore> keptBy) {
        long count(EntityQuery query) {
            long total = read.run(query.page(0, 0), context).total();
            return Math.max(0, total);
        }

        List<Entity> page(EntityQuery query, long offset, int limit) {
            return read.run(query.page(offset, limit), context).items();
        }
    }

    /** An entity as the table shows it. */
    /**
     * @param deleteRefused why the backend would refuse to delete it (no button then), or empty
     * @param untagRefused  the mixins the backends would not remove, each with the reason
     */
    public record Row(String location, String kind, String title, String state, List<String> mixins, Optional<String> deleteRefused,
            Map<String, String> untagRefused) {
    }

    /** A page of rows and how many entities match in all. */
    public record Listing(List<Row> rows, long total) {
    }

    /**
     * @param perState per kind with a state attribute and entities: entities per state value ("" for no state)
     * @param notes    what was not counted, and why
     */
    public record StateCounts(Map<String, Map<String, Long>> perState, List<String> notes) {
    }

    /**
     * @param perKind  entities per kind's type identifier (every kind present, 0 included)
     * @param perState per kind with a state attribute and entities: entities per state value ("" for no state)
     * @param notes    what was not counted, and why
     */
    public record Counts(Map<String, Long> perKind, Map<String, Map<String, Long>> perState, List<String> notes) {
    }
}
