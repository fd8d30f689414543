package occi.api.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import occi.api.Action;
import occi.api.Entity;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * Carries out the actions a backend defines. The server has already checked that the
 * action belongs to the entity's kind or one of its mixins, that it is applicable in the
 * entity's current state (see {@link #applicable}), and that its attributes fit their
 * definitions. The entity returned is stored and rendered back.
 */
@ConsumerType
public interface ActionBackend extends Backend {

    /** Performs the action; throw an {@link occi.api.OcciException} to refuse (nothing is stored). */
    Entity invoke(Action action, Entity entity, Map<String, Object> attributes, RequestContext request);

    /**
     * Performs the action on several entities at once: the server calls it for an action on
     * a whole collection ({@code POST /<collection>/?action=...}), once per backend and
     * action, after it checked that the action is applicable to every one of them (when it
     * is not to some, nothing is invoked and the client gets 400). A backend that can do
     * the work concurrently (several requests to a resource manager in flight) overrides it.
     * <p>
     * Contract: the result has one entity per entity given, <em>in the same order</em>,
     * each what {@link #invoke} would have returned for it; the server stores them all. A
     * backend that refuses or fails throws an {@link occi.api.OcciException}: the server
     * then stores none of the results and the client gets that exception's status and
     * message. A backend whose effects are not undone by that (it acts on a remote
     * system, or owns its storage) names in the message the members it changed and those it
     * did not. The default invokes {@link #invoke} on each entity in turn and stops at the
     * first failure.
     * <p>
     * The request carries the {@link occi.api.progress.Operation} the server tracks for the
     * collection action ({@link occi.api.progress.Operation#of}): a backend that takes long
     * reports each member it is done with ({@link occi.api.progress.Operation#advance}), as
     * the default does, so that operators see how far it is.
     *
     * @param entities the members, none twice, each already checked with {@link #applicable}
     * @return the entities as changed, in the order of {@code entities}
     */
    default List<Entity> invokeAll(Action action, List<Entity> entities, Map<String, Object> attributes, RequestContext request) {
        List<Entity> results = new ArrayList<>(entities.size());
        for (Entity entity : entities) {
            results.add(invoke(action, entity, attributes, request));
            occi.api.progress.Operation.of(request).ifPresent(operation -> operation.advance(1));
        }
        return results;
    }

    /**
     * Whether the action may be invoked on the entity as it is now. The server renders
     * action links only for applicable actions and answers 400 for the others.
     */
    default boolean applicable(Action action, Entity entity) {
        return true;
    }
}
