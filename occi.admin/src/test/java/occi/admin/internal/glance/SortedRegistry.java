package occi.admin.internal.glance;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.Page;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;

/** A registry in a sorted map that counts the entities it hands out (a count must hand out none). */
final class SortedRegistry implements Registry {

    final TreeMap<String, Entity> entities = new TreeMap<>();
    final AtomicLong handedOut = new AtomicLong();

    void put(Entity entity) {
        entities.put(entity.location(), entity);
    }

    @Override
    public Optional<Entity> get(String location, RequestContext request) {
        return Optional.ofNullable(entities.get(location));
    }

    @Override
    public Page<Entity> query(EntityQuery query, RequestContext request) {
        long total = matching(query).count();
        List<Entity> page = query.limit() == 0 ? List.of() : matching(query).skip(query.offset()).limit(query.limit()).toList();
        handedOut.addAndGet(page.size());
        return new Page<>(page, total);
    }

    private Stream<Entity> matching(EntityQuery query) {
        return entities.tailMap(query.pathPrefix()).values().stream().takeWhile(e -> e.location().startsWith(query.pathPrefix()))
                .filter(e -> matches(e, query));
    }

    private static boolean matches(Entity entity, EntityQuery query) {
        if (!query.entityType().isInstance(entity)) {
            return false;
        }
        for (Set<CategoryId> allowed : query.categories()) {
            if (Stream.concat(Stream.of(entity.kind()), entity.mixins().stream()).noneMatch(allowed::contains)) {
                return false;
            }
        }
        for (Map.Entry<String, Object> wanted : query.attributes().entrySet()) {
            if (!Objects.equals(entity.attributes().get(wanted.getKey()), wanted.getValue())) {
                return false;
            }
        }
        return query.text() == null || entity.allAttributes().values().stream().anyMatch(v -> String.valueOf(v).contains(query.text()));
    }

    @Override
    public List<Link> linksFrom(String resourceLocation, RequestContext request) {
        return List.of();
    }

    @Override
    public List<Entity> commit(List<Change> changes, RequestContext request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public List<Mixin> userMixins(RequestContext request) {
        return List.of();
    }

    @Override
    public void addUserMixins(List<Mixin> mixins, RequestContext request) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeUserMixin(CategoryId mixin, RequestContext request) {
        return false;
    }
}
