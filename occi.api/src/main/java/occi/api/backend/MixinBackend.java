package occi.api.backend;

import occi.api.Entity;
import occi.api.Mixin;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Behaviour for the mixins a backend defines, called for every entity they are applied
 * to, in addition to the entity's kind backend (a resource with one kind and two mixins
 * means three calls). Defaults accept everything.
 */
@ConsumerType
public interface MixinBackend extends Backend {

    /** The mixin is applied to an entity (on create, on tagging, or by an update that adds it). */
    default Entity apply(Mixin mixin, Entity entity, RequestContext request) {
        return entity;
    }

    /** An entity the mixin is applied to is about to be rendered. */
    default Entity retrieve(Mixin mixin, Entity entity, RequestContext request) {
        return entity;
    }

    /** An entity the mixin is applied to is updated ({@code updated} still has the mixin). */
    default Entity update(Mixin mixin, Entity current, Entity updated, RequestContext request) {
        return updated;
    }

    /** The mixin is removed from an entity (untagging, or the entity is deleted); throw to refuse. */
    default Entity remove(Mixin mixin, Entity entity, RequestContext request) {
        return entity;
    }
}
