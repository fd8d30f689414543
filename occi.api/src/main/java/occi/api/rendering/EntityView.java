package occi.api.rendering;

import java.util.List;
import java.util.Objects;
import occi.api.Action;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Mixin;

/**
 * An entity with everything a rendering shows about it, resolved by the server: its kind
 * and mixins as categories, the actions applicable now (rendered as action links), and
 * for a resource its links, each a view of its own.
 */
public record EntityView(Entity entity, Kind kind, List<Mixin> mixins, List<Action> actions, List<EntityView> links) {

    public EntityView {
        Objects.requireNonNull(entity, "entity");
        Objects.requireNonNull(kind, "kind");
        mixins = List.copyOf(mixins);
        actions = List.copyOf(actions);
        links = List.copyOf(links);
    }
}
