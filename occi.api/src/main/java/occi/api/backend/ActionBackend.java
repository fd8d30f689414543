package occi.api.backend;

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
     * Whether the action may be invoked on the entity as it is now. The server renders
     * action links only for applicable actions and answers 400 for the others.
     */
    default boolean applicable(Action action, Entity entity) {
        return true;
    }
}
