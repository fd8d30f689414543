package occi.server.internal.registry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.Page;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import occi.api.runtime.OcciServiceRuntime;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The registry the server falls back on: entities and user mixins in memory, gone at
 * restart. Registered with a very low ranking, so any other registry replaces it, unless its
 * configuration ({@value #PID}) raises the ranking; a changed ranking is applied by
 * {@link #modified} without losing what is stored.
 *
 * <p>Semantics every registry shares (see {@link Registry}):
 * <ul>
 * <li>Entities and user mixins belong to their owner ({@link RequestContext#principal()});
 * anonymous callers share one namespace. An owner sees, lists and changes only the entities
 * of their own namespace, ordered by location; another owner's entity at the same location
 * is simply not there for them (404, no leak of existence). Within an owner's namespace a
 * mixin's type id and location are unique (409 otherwise).</li>
 * <li>{@link #commit} applies all changes or none. Every commit draws one new version from a
 * counter that only grows, and stamps it on every entity it stores, so a version is never
 * reused at a location (an entity deleted and created again gets a new ETag). A
 * {@link Change#ABSENT} put on a taken location is 409; an expected version that does not
 * match (including an absent entity) is 412; {@link Change#ANY_VERSION} always applies; a
 * remove of an absent entity with any version is a no-op.</li>
 * <li>Readers never see half a commit: reads and commits are serialised by a read-write lock.</li>
 * </ul>
 */
@Component(service = Registry.class, configurationPid = InMemoryRegistry.PID,
        configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = {Constants.SERVICE_RANKING + ":Integer=" + InMemoryRegistry.RANKING,
                OcciServiceRuntime.REGISTRY_PERSISTENT + ":Boolean=false"})
@Designate(ocd = InMemoryRegistryConfig.class)
public class InMemoryRegistry implements Registry {

    /** Configuration PID: its {@code service.ranking} chooses this registry over the others. */
    public static final String PID = "occi.registry.memory";

    /** Low enough that any registry registered without thinking about rankings still wins. */
    public static final int RANKING = Integer.MIN_VALUE + 1000;

    private static final String ANONYMOUS = "";

    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private final Map<String, OwnedEntities> entitiesByOwner = new HashMap<>();
    private final Map<String, Map<CategoryId, Mixin>> mixinsByOwner = new HashMap<>();
    private long lastVersion;

    /**
     * Declared so that Config Admin changes (the ranking) update the service's properties in
     * place: without it DS would deactivate the component and drop every stored entity.
     */
    @Modified
    void modified() {
        // nothing to do: DS copies the configuration into the service properties
    }

    @Override
    public Optional<Entity> get(String location, RequestContext request) {
        lock.readLock().lock();
        try {
            return Optional.ofNullable(read(request).entities.get(location));
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public Page<Entity> query(EntityQuery query, RequestContext request) {
        lock.readLock().lock();
        try {
            NavigableMap<String, Entity> candidates = read(request).below(query.pathPrefix());
            if (query.after() != null) {
                return keysetPage(query, candidates.tailMap(query.after(), false));
            }
            List<Entity> items = new ArrayList<>();
            long total = 0;
            for (Entity entity : candidates.values()) {
                if (EntityMatcher.matches(query, entity)) {
                    if (total >= query.offset() && items.size() < query.limit()) {
                        items.add(entity);
                    }
                    total++;
                }
            }
            return new Page<>(items, total);
        } finally {
            lock.readLock().unlock();
        }
    }

    /** A chunk after a location: seeks there in the sorted map and stops at the limit, uncounted. */
    private static Page<Entity> keysetPage(EntityQuery query, NavigableMap<String, Entity> rest) {
        List<Entity> items = new ArrayList<>(Math.min(query.limit(), 256));
        long skipped = 0;
        for (Entity entity : rest.values()) {
            if (items.size() >= query.limit()) {
                break;
            }
            if (EntityMatcher.matches(query, entity)) {
                if (skipped < query.offset()) {
                    skipped++;
                } else {
                    items.add(entity);
                }
            }
        }
        return new Page<>(items, Page.UNCOUNTED);
    }

    @Override
    public List<Link> linksFrom(String resourceLocation, RequestContext request) {
        lock.readLock().lock();
        try {
            NavigableMap<String, Link> links = read(request).linksBySource.get(resourceLocation);
            return links == null ? List.of() : List.copyOf(links.values());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public List<Entity> commit(List<Change> changes, RequestContext request) {
        lock.writeLock().lock();
        try {
            OwnedEntities own = entitiesByOwner.computeIfAbsent(owner(request), o -> new OwnedEntities());
            own.checkVersions(changes);
            long version = ++lastVersion;
            List<Entity> stored = new ArrayList<>();
            for (Change change : changes) {
                if (change instanceof Change.Put put) {
                    Entity entity = put.entity().withVersion(version);
                    own.unindex(own.entities.put(entity.location(), entity));
                    own.index(entity);
                    stored.add(entity);
                } else {
                    own.unindex(own.entities.remove(change.location()));
                }
            }
            return List.copyOf(stored);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public List<Mixin> userMixins(RequestContext request) {
        lock.readLock().lock();
        try {
            return List.copyOf(mixinsByOwner.getOrDefault(owner(request), Map.of()).values());
        } finally {
            lock.readLock().unlock();
        }
    }

    @Override
    public void addUserMixins(List<Mixin> mixins, RequestContext request) {
        lock.writeLock().lock();
        try {
            Map<CategoryId, Mixin> own = mixinsByOwner.getOrDefault(owner(request), Map.of());
            Map<CategoryId, Mixin> added = new java.util.LinkedHashMap<>();
            java.util.Set<String> locations = new java.util.HashSet<>();
            own.values().forEach(m -> locations.add(m.location()));
            for (Mixin mixin : mixins) {
                if (own.containsKey(mixin.id()) || added.containsKey(mixin.id())) {
                    throw OcciException.conflict("mixin " + mixin.id() + " is already defined");
                }
                if (!locations.add(mixin.location())) {
                    throw OcciException.conflict("location " + mixin.location() + " is already taken by a mixin");
                }
                added.put(mixin.id(), mixin);
            }
            mixinsByOwner.computeIfAbsent(owner(request), o -> new java.util.LinkedHashMap<>()).putAll(added);
        } finally {
            lock.writeLock().unlock();
        }
    }

    @Override
    public boolean removeUserMixin(CategoryId mixin, RequestContext request) {
        lock.writeLock().lock();
        try {
            Map<CategoryId, Mixin> own = mixinsByOwner.get(owner(request));
            return own != null && own.remove(mixin) != null;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** What one owner's namespace holds: entities by location, and links by their source. */
    private static final class OwnedEntities {
        static final OwnedEntities EMPTY = new OwnedEntities();

        final NavigableMap<String, Entity> entities = new TreeMap<>();
        final Map<String, NavigableMap<String, Link>> linksBySource = new HashMap<>();

        NavigableMap<String, Entity> below(String prefix) {
            return entities.subMap(prefix, true, prefix + Character.MAX_VALUE, false);
        }

        /** Checks every change against the state the earlier changes of the same commit leave. */
        void checkVersions(List<Change> changes) {
            Map<String, Long> versions = new HashMap<>();
            for (Change change : changes) {
                String location = change.location();
                long current = versions.computeIfAbsent(location, l -> {
                    Entity e = entities.get(l);
                    return e == null ? Change.ABSENT : Math.max(e.version(), 1);
                });
                long expected = change.expectedVersion();
                if (expected == Change.ABSENT && current != Change.ABSENT) {
                    throw OcciException.conflict(location + " is taken");
                }
                if (expected > 0 && expected != current) {
                    throw OcciException.preconditionFailed(location + " has changed (version " + current + ", expected " + expected + ")");
                }
                versions.put(location, change instanceof Change.Put ? Long.MAX_VALUE : Change.ABSENT);
            }
        }

        void index(Entity entity) {
            if (entity instanceof Link link) {
                linksBySource.computeIfAbsent(link.source(), s -> new TreeMap<>()).put(link.location(), link);
            }
        }

        void unindex(Entity old) {
            if (old instanceof Link link) {
                NavigableMap<String, Link> links = linksBySource.get(link.source());
                if (links != null) {
                    links.remove(link.location());
                    if (links.isEmpty()) {
                        linksBySource.remove(link.source());
                    }
                }
            }
        }
    }

    /** The caller's namespace for reading; an owner who never wrote has an empty one. */
    private OwnedEntities read(RequestContext request) {
        return entitiesByOwner.getOrDefault(owner(request), OwnedEntities.EMPTY);
    }

    private static String owner(RequestContext request) {
        return request.principal() == null ? ANONYMOUS : request.principal();
    }
}
