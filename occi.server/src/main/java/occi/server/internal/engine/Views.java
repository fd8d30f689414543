package occi.server.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import occi.api.Action;
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

    Views(Exchange exchange, BackendCalls backends) {
        this.exchange = exchange;
        this.backends = backends;
    }

    /** A stored entity as rendered: retrieved through its backends, with its links (for a resource). */
    EntityView retrieved(Entity stored) {
        return of(backends.retrieve(stored), true);
    }

    /** An entity as it is (a backend's fresh result), with its links retrieved. */
    EntityView of(Entity entity, boolean withLinks) {
        Kind kind = backends.requireKind(entity);
        List<Mixin> mixins = entity.mixins().stream().map(exchange.view::mixin).flatMap(Optional::stream).toList();
        List<Action> actions = exchange.view.actions(entity.kind(), entity.mixins()).stream()
                .filter(a -> backends.applicable(a, entity)).toList();
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
