package occi.server.internal.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Link;
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

    private Optional<EntityStore> owner(String location) {
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
     * The next chunk of a listing walked by keyset ({@code query.after()} set, offset 0): the
     * registry's and the stores' entities after that location, merged in location order, each
     * source read from where it left off. Empty when a source ignored the bound (one written
     * before {@link EntityQuery#after()} existed answers from its first entity): the caller
     * then pages by offset, which every source understands.
     */
    Optional<List<Entity>> after(EntityQuery query) {
        List<Entity> merged = new ArrayList<>();
        if (!honoured(query, registry.query(query, context).items(), merged)) {
            return Optional.empty();
        }
        List<EntityStore> involved = involved(query);
        for (EntityStore store : involved) {
            if (!honoured(query, store.query(query, context).items(), merged)) {
                return Optional.empty();
            }
        }
        if (involved.isEmpty()) {
            return Optional.of(merged);
        }
        merged.sort(Comparator.comparing(Entity::location));
        return Optional.of(merged.subList(0, Math.min(merged.size(), query.limit())));
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
     */
    List<Entity> commit(List<Change> changes) {
        lastSource = null;
        lastLinks = null;
        List<Change> forRegistry = changes.stream().filter(c -> owner(c.location()).isEmpty()).toList();
        List<Entity> fromRegistry = forRegistry.isEmpty() ? List.of() : registry.commit(forRegistry, context);
        List<Entity> stored = new ArrayList<>();
        int next = 0;
        for (Change change : changes) {
            Optional<EntityStore> store = owner(change.location());
            if (store.isEmpty()) {
                if (change instanceof Change.Put) {
                    stored.add(fromRegistry.get(next++));
                }
            } else if (change instanceof Change.Put put) {
                stored.add(store.get().store(put.entity(), context));
            } else {
                store.get().find(change.location(), context).ifPresent(e -> store.get().remove(e, context));
            }
        }
        return stored;
    }
}
