package occi.api.backend;

import java.util.Optional;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.OcciException;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * The glue between the server and a resource manager for the kinds a backend defines.
 * The server calls it for every entity of those kinds (resources and links alike) before
 * it stores anything; the backend has the last word: it returns the entity to store
 * (possibly changed: a state, an address filled in) or throws an {@link OcciException}
 * with the status the client gets, and then nothing is stored.
 *
 * <p>Every method has a default that accepts the entity as it is, so a backend overrides
 * only what its resource manager cares about.
 *
 * <p>Interfaces (the HTML rendering, consoles) ask {@link #refusesCreate} and {@link
 * #refusesDelete} before they offer a form or a button, so that they offer only what the
 * backend would accept; a backend that refuses an operation in {@link #create} or {@link
 * #delete} whatever the request says tells it there too.
 *
 * <pre>
 * {@literal @}Component(service = KindBackend.class)
 * public class ComputeBackend implements KindBackend {
 *     public Collection&lt;Category&gt; categories() { return List.of(COMPUTE, START, STOP); }
 *     public Entity create(Entity vm, RequestContext request) {
 *         return vm.withAttributes(with(vm.attributes(), "occi.compute.state", "inactive"));
 *     }
 * }
 * </pre>
 */
@ConsumerType
public interface KindBackend extends Backend {

    /** A new entity of one of this backend's kinds is about to be stored. */
    default Entity create(Entity entity, RequestContext request) {
        return entity;
    }

    /** An entity is about to be rendered: refresh it from the resource manager if needed. */
    default Entity retrieve(Entity entity, RequestContext request) {
        return entity;
    }

    /** A partial update (POST): {@code updated} is {@code current} with the client's changes merged in. */
    default Entity update(Entity current, Entity updated, RequestContext request) {
        return updated;
    }

    /** A full replacement (PUT on an existing entity). */
    default Entity replace(Entity current, Entity replacement, RequestContext request) {
        return replacement;
    }

    /** The entity is about to be deleted; throw to refuse. */
    default void delete(Entity entity, RequestContext request) {
        // nothing to release by default
    }

    /**
     * Why this backend refuses to create any entity of the kind for the caller, or empty
     * when it may accept one (it still has the last word in {@link #create}). An interface
     * asks it before it offers a create form, and shows the reason instead.
     *
     * @since 1.3
     */
    default Optional<String> refusesCreate(Kind kind, RequestContext request) {
        return Optional.empty();
    }

    /**
     * Why this backend refuses to delete the entity, or empty when it may delete it (it
     * still has the last word in {@link #delete}). An interface asks it before it offers a
     * delete button, and shows the reason instead. Also asked of an {@link EntityStore} that
     * keeps the entity. Answers from what the backend knows without a round trip to its
     * resource manager: it is asked for every entity of a listing.
     *
     * @since 1.3
     */
    default Optional<String> refusesDelete(Entity entity, RequestContext request) {
        return Optional.empty();
    }

    /**
     * Why this backend refuses every change to the entity (a partial update, a replace, a
     * tag or untag, an action's result), or empty when it may accept one. An interface asks
     * it before it offers those forms. Also asked of an {@link EntityStore} that keeps the
     * entity. Answers without a round trip to the resource manager.
     *
     * @since 1.3
     */
    default Optional<String> refusesChange(Entity entity, RequestContext request) {
        return Optional.empty();
    }
}
