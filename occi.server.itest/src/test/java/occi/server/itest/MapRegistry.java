package occi.server.itest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
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

/** A second registry, as another bundle would bring one: a plain map, so a test can see what lands in it. */
final class MapRegistry implements Registry {

    final Map<String, Entity> entities = new ConcurrentSkipListMap<>();
    private long version;

    @Override
    public Optional<Entity> get(String location, RequestContext request) {
        return Optional.ofNullable(entities.get(location));
    }

    @Override
    public synchronized Page<Entity> query(EntityQuery query, RequestContext request) {
        List<Entity> matching = entities.values().stream().filter(e -> e.location().startsWith(query.pathPrefix()))
                .filter(e -> query.entityType().isInstance(e))
                .filter(e -> query.categories().stream().allMatch(set -> set.contains(e.kind()) || e.mixins().stream().anyMatch(set::contains)))
                .toList();
        List<Entity> page = matching.stream().skip(query.offset()).limit(query.limit()).toList();
        return new Page<>(page, matching.size());
    }

    @Override
    public List<Link> linksFrom(String resourceLocation, RequestContext request) {
        return entities.values().stream().filter(Link.class::isInstance).map(Link.class::cast)
                .filter(l -> l.source().equals(resourceLocation)).toList();
    }

    @Override
    public synchronized List<Entity> commit(List<Change> changes, RequestContext request) {
        for (Change change : changes) {
            if (change.expectedVersion() == Change.ABSENT && entities.containsKey(change.location())) {
                throw OcciException.conflict(change.location() + " is taken");
            }
        }
        version++;
        List<Entity> stored = new ArrayList<>();
        for (Change change : changes) {
            if (change instanceof Change.Put put) {
                Entity entity = put.entity().withVersion(version);
                entities.put(entity.location(), entity);
                stored.add(entity);
            } else {
                entities.remove(change.location());
            }
        }
        return stored;
    }

    @Override
    public List<Mixin> userMixins(RequestContext request) {
        return List.of();
    }

    @Override
    public void addUserMixins(List<Mixin> mixins, RequestContext request) {
        throw new OcciException(501, "this registry keeps no user mixins");
    }

    @Override
    public boolean removeUserMixin(CategoryId mixin, RequestContext request) {
        return false;
    }
}
