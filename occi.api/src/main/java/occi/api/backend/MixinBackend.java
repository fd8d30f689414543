package occi.api.backend;

import java.util.Optional;
import occi.api.Entity;
import occi.api.Mixin;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Behaviour for the mixins a backend defines, called for every entity they are applied
 * to, in addition to the entity's kind backend (a resource with one kind and two mixins
 * means three calls). Defaults accept everything.
 *
 * <p>Interfaces ask {@link #refusesTag} and {@link #refusesUntag} before they offer to tag
 * or untag, so that they offer only what the backend would accept.
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

    /**
     * Why this backend refuses to apply the mixin to the entity afterwards (tagging), or
     * empty when it may accept it (it still has the last word in {@link #apply}).
     *
     * @param entity the entity to tag, or {@code null} when an interface asks about tagging
     *               any existing entity (a form that names none yet)
     * @since 1.3
     */
    default Optional<String> refusesTag(Mixin mixin, Entity entity, RequestContext request) {
        return Optional.empty();
    }

    /**
     * Why this backend refuses to remove the mixin from the entity (untagging), or empty when
     * it may accept it (it still has the last word in {@link #remove} and, for an entity of
     * an {@link EntityStore}, in its {@code store}).
     *
     * @since 1.3
     */
    default Optional<String> refusesUntag(Mixin mixin, Entity entity, RequestContext request) {
        return Optional.empty();
    }
}
