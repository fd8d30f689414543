package occi.server.internal.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.Action;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.Resource;
import occi.api.rendering.EntityView;

/**
 * Builds what renderings show of an entity: its categories, the actions applicable now
 * and, for a resource, its links. Backends' {@code retrieve} is called for the entity and
 * for each link first; what they return is rendered, not stored.
 */
final class Views {

    private final Exchange exchange;
    private final BackendCalls backends;
    /** Per request (a Views lives in one request's handler), so a model change between requests is seen. */
    private final Map<Categories, List<Action>> offered = new HashMap<>();

    Views(Exchange exchange, BackendCalls backends) {
        this.exchange = exchange;
        this.backends = backends;
    }

    /** A stored entity as rendered: retrieved through its backends, with its links (for a resource). */
    EntityView retrieved(Entity stored) {
        return of(backends.retrieve(stored), true);
    }

    /**
     * A stored entity for a rendering that shows locations only: its categories, no actions
     * and no links, and no backend asked (see {@code Rendering.rendersLocationsOnly}).
     */
    EntityView located(Entity stored, Kind kind) {
        return new EntityView(stored, kind, mixins(stored), List.of(), List.of());
    }

    /** An entity as it is (a backend's fresh result), with its links retrieved. */
    EntityView of(Entity entity, boolean withLinks) {
        Kind kind = backends.requireKind(entity);
        List<Mixin> mixins = mixins(entity);
        List<Action> offered = offeredActions(entity);
        List<Action> actions = new ArrayList<>(offered.size());
        for (Action action : offered) {
            if (backends.applicable(action, entity)) {
                actions.add(action);
            }
        }
        List<EntityView> links = new ArrayList<>();
        if (withLinks && entity instanceof Resource resource) {
            for (Link link : exchange.storage.linksFrom(resource.location())) {
                if (exchange.view.kind(link.kind()).isPresent()) {
                    links.add(of(backends.retrieve(link), false));
                }
            }
        }
        return new EntityView(entity, kind, mixins, actions, links);
    }

    private List<Mixin> mixins(Entity entity) {
        if (entity.mixins().isEmpty()) {
            return List.of();
        }
        return entity.mixins().stream().map(exchange.view::mixin).flatMap(Optional::stream).toList();
    }

    /**
     * The actions an entity's categories offer, worked out once per kind and mixins in this
     * request: a listing asks for every member, and most share their categories.
     */
    private List<Action> offeredActions(Entity entity) {
        return offered.computeIfAbsent(new Categories(entity.kind(), entity.mixins()),
                c -> exchange.view.actions(c.kind(), c.mixins()));
    }

    private record Categories(CategoryId kind, List<CategoryId> mixins) {}

    /** The entity's ETag: its version, and its links' versions (they are part of its rendering). */
    static String etag(Entity entity, List<? extends Entity> links) {
        long hash = 17;
        for (Entity link : links) {
            hash = hash * 31 + link.location().hashCode();
            hash = hash * 31 + link.version();
        }
        return "\"" + entity.version() + (links.isEmpty() ? "" : "-" + Long.toHexString(hash)) + "\"";
    }

    String etagOf(Entity stored) {
        return etag(stored, stored instanceof Resource r ? exchange.storage.linksFrom(r.location()) : List.of());
    }
}
