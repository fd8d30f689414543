package occi.server.internal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Link;
import occi.api.OcciException;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.EntityStore;
import occi.api.backend.Page;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;

/**
 * Where entities are found and stored for one request: the registry in use, except for
 * the locations an {@link EntityStore} backend owns, which go to that backend.
 */
final class Storage {

    private final Registry registry;
    private final List<EntityStore> stores;
    private final RequestContext context;
    /**
     * The links of the resource asked for last in this request: a GET asks twice (its ETag,
     * then its rendering), and every store is asked each time. One resource only, so that a
     * listing streamed through here keeps nothing per entity. Forgotten on every commit.
     */
    private String lastSource;
    private List<Link> lastLinks;

    Storage(Registry registry, List<EntityStore> stores, RequestContext context) {
        this.registry = registry;
        this.stores = stores;
        this.context = context;
    }

    /** The entity store that keeps a location, if one does (the registry keeps the rest). */
    Optional<EntityStore> owner(String location) {
        return stores.stream().filter(s -> s.owns(location)).findFirst();
    }

    Optional<Entity> find(String location) {
        Optional<EntityStore> store = owner(location);
        return store.isPresent() ? store.get().find(location, context) : registry.get(location, context);
    }

    /** The links whose source is a resource, from the registry and every store. */
    List<Link> linksFrom(String resource) {
        if (!resource.equals(lastSource)) {
            lastLinks = List.copyOf(readLinksFrom(resource));
            lastSource = resource;
        }
        return lastLinks;
    }

    private List<Link> readLinksFrom(String resource) {
        List<Link> links = new ArrayList<>(registry.linksFrom(resource, context));
        EntityQuery query = new EntityQuery("/", List.of(), Map.of(Core.SOURCE, resource), null, Link.class, 0, Integer.MAX_VALUE);
        for (EntityStore store : stores) {
            store.query(query, context).items().forEach(e -> links.add((Link) e));
        }
        links.sort(Comparator.comparing(Link::location));
        return links;
    }

    /** A page of the registry's and the stores' entities together, in location order. */
    Page<Entity> query(EntityQuery query) {
        List<EntityStore> involved = involved(query);
        if (involved.isEmpty()) {
            return registry.query(query, context);
        }
        long window = Math.min((long) Integer.MAX_VALUE, query.offset() + query.limit());
        EntityQuery firstPages = query.page(0, (int) window);
        List<Entity> merged = new ArrayList<>();
        long total = 0;
        Page<Entity> fromRegistry = registry.query(firstPages, context);
        merged.addAll(fromRegistry.items());
        total += fromRegistry.total();
        for (EntityStore store : involved) {
            Page<Entity> page = store.query(firstPages, context);
            merged.addAll(page.items());
            total += page.total();
        }
        merged.sort(Comparator.comparing(Entity::location));
        int from = (int) Math.min(merged.size(), query.offset());
        int to = (int) Math.min(merged.size(), query.offset() + query.limit());
        return new Page<>(merged.subList(from, to), total);
    }

    /**
     * A listing walked by keyset ({@link EntityQuery#after()}) over the registry and the
     * stores involved, merged in location order. Each source is read a chunk at a time from
     * where it left off and keeps what the merge has not used yet, so it is asked again only
     * once that is used up: a store whose entities all come after the registry's is read once
     * for its first chunk, not once per chunk of the listing, and a store that answered
     * fewer than a chunk is not asked again.
     */
    Walk walk(EntityQuery query) {
        List<Source> sources = new ArrayList<>();
        sources.add(new Source(q -> registry.query(q, context).items()));
        for (EntityStore store : involved(query)) {
            sources.add(new Source(q -> store.query(q, context).items()));
        }
        return new Walk(query, sources);
    }

    /** One listing's walk; see {@link #walk}. */
    static final class Walk {
        private final EntityQuery query;
        private final List<Source> sources;

        private Walk(EntityQuery query, List<Source> sources) {
            this.query = query;
            this.sources = sources;
        }

        /**
         * Up to {@code size} entities after a location, in location order. Empty when a source
         * ignored the bound (one written before {@link EntityQuery#after()} existed answers
         * from its first entity): the caller then pages by offset, which every source understands.
         */
        Optional<List<Entity>> after(String location, int size) {
            List<Entity> chunk = new ArrayList<>(size);
            while (chunk.size() < size) {
                Source first = null;
                for (Source source : sources) {
                    source.skipTo(location);
                    if (!source.fill(query, location, size)) {
                        return Optional.empty();
                    }
                    if (!source.buffer.isEmpty()
                            && (first == null || source.buffer.peekFirst().location().compareTo(first.buffer.peekFirst().location()) < 0)) {
                        first = source;
                    }
                }
                if (first == null) {
                    break;
                }
                Entity next = first.buffer.pollFirst();
                chunk.add(next);
                location = next.location();
            }
            return Optional.of(chunk);
        }
    }

    /** A registry or store in a walk: what it answered and the merge has not used yet. */
    private static final class Source {
        private final Function<EntityQuery, List<Entity>> read;
        private final ArrayDeque<Entity> buffer = new ArrayDeque<>();
        private String readUpTo;
        private boolean exhausted;

        Source(Function<EntityQuery, List<Entity>> read) {
            this.read = read;
        }

        /** Forgets what lies at or before a location (the walk moved past it). */
        void skipTo(String location) {
            while (!buffer.isEmpty() && buffer.peekFirst().location().compareTo(location) <= 0) {
                buffer.pollFirst();
            }
        }

        /** Reads the next chunk when nothing is left to merge; false when the source ignored the bound. */
        boolean fill(EntityQuery query, String location, int size) {
            if (!buffer.isEmpty() || exhausted) {
                return true;
            }
            String bound = readUpTo == null || readUpTo.compareTo(location) < 0 ? location : readUpTo;
            EntityQuery next = query.after(bound).page(0, size);
            List<Entity> items = read.apply(next);
            List<Entity> honoured = new ArrayList<>(items.size());
            if (!honoured(next, items, honoured)) {
                return false;
            }
            buffer.addAll(honoured);
            exhausted = items.size() < size;
            if (!items.isEmpty()) {
                readUpTo = items.get(items.size() - 1).location();
            }
            return true;
        }
    }

    private static boolean honoured(EntityQuery query, List<Entity> items, List<Entity> into) {
        for (Entity entity : items) {
            if (entity.location().compareTo(query.after()) <= 0) {
                return false;
            }
        }
        into.addAll(items);
        return true;
    }

    private List<EntityStore> involved(EntityQuery query) {
        if (stores.isEmpty()) {
            return List.of();
        }
        return stores.stream().filter(s -> s.owns(query.pathPrefix()) || query.pathPrefix().equals("/")).toList();
    }

    /**
     * Stores every change: the registry's share in one atomic commit first (the step that
     * can refuse on versions), then the stores' share. Returns the puts as stored, in order.
     * A store that refuses after some changes were made cannot undo them: the client is then
     * told, with the store's status, exactly which changes were made and which were not.
     */
    List<Entity> commit(List<Change> changes) {
        lastSource = null;
        lastLinks = null;
        List<Change> forRegistry = changes.stream().filter(c -> owner(c.location()).isEmpty()).toList();
        List<Entity> fromRegistry = forRegistry.isEmpty() ? List.of() : registry.commit(forRegistry, context);
        List<Entity> stored = new ArrayList<>();
        List<String> done = new ArrayList<>(forRegistry.stream().map(Storage::describe).toList());
        int next = 0;
        for (int i = 0; i < changes.size(); i++) {
            Change change = changes.get(i);
            Optional<EntityStore> store = owner(change.location());
            try {
                if (store.isEmpty()) {
                    if (change instanceof Change.Put) {
                        stored.add(fromRegistry.get(next++));
                    }
                } else if (change instanceof Change.Put put) {
                    stored.add(store.get().store(put.entity(), context));
                    done.add(describe(change));
                } else {
                    store.get().find(change.location(), context).ifPresent(e -> store.get().remove(e, context));
                    done.add(describe(change));
                }
            } catch (OcciException refused) {
                if (done.isEmpty()) {
                    throw refused;
                }
                List<String> notDone = changes.subList(i, changes.size()).stream().filter(c -> owner(c.location()).isPresent())
                        .map(Storage::describe).toList();
                throw new OcciException(refused.status(), refused.getMessage() + "; these changes were made and stay: "
                        + String.join(", ", done) + "; these were not made: " + String.join(", ", notDone), refused);
            }
        }
        return stored;
    }

    private static String describe(Change change) {
        return (change instanceof Change.Put ? "stored " : "deleted ") + change.location();
    }
}
