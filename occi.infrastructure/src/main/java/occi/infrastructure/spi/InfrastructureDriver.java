package occi.infrastructure.spi;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import occi.api.Action;
import occi.api.Entity;
import occi.api.Mixin;
import occi.api.backend.RequestContext;
import occi.infrastructure.StateMachine;
import org.osgi.annotation.versioning.ConsumerType;

/**
 * A resource manager behind the infrastructure model: the behaviour of compute, network,
 * storage and their links, without the definitions. Register it as an OSGi service with
 * the {@link Drives} property naming the kinds it manages. The bundle {@code
 * occi.infrastructure} registers the categories with the server once and, for each kind,
 * calls the driver with the highest {@code service.ranking} that drives it (ties go to
 * the older service). The built-in simulator ranks -100, so any driver at the default
 * ranking takes over the kinds it names at once, and gives them back when it goes away.
 *
 * <p>Before a driver is called the model has already checked what the tables say: on
 * create, the entity is in its kind's initial state; on {@link #perform}, the action is
 * applicable in the entity's state, its attributes are checked and their defaults filled
 * in, and {@code transition} is the row that applies. A driver returns the entity to
 * store, normally in {@code transition.to()} (see {@link StateMachine#apply}), or in the
 * error state with a message ({@link StateMachine#withState}); it throws an
 * {@link occi.api.OcciException} to refuse, and nothing is stored.
 *
 * <pre>
 * {@literal @}Component
 * {@literal @}Drives(Compute.TYPE_ID)
 * public class HypervisorDriver implements InfrastructureDriver {
 *     public Entity perform(Action action, StateMachine.Transition transition, Entity vm,
 *             Map&lt;String, Object&gt; attributes, RequestContext request) {
 *         hypervisor.run(action.id().term(), vm.id(), attributes);
 *         return Compute.STATES.apply(transition, vm);
 *     }
 * }
 * </pre>
 */
@ConsumerType
public interface InfrastructureDriver {

    /** The service property listing the type ids of the kinds a driver manages (see {@link Drives}). */
    String DRIVES = "occi.infrastructure.drives";

    /**
     * The provider templates this resource manager offers: mixins built with
     * {@link occi.infrastructure.Templates#osTemplate} or
     * {@link occi.infrastructure.Templates#resourceTemplate}. Shown while the driver is
     * in use for a kind they apply to; read when the driver is bound and whenever its
     * service properties change.
     */
    default Collection<Mixin> templates() {
        return List.of();
    }

    /** A new entity (in its initial state) is about to be stored: provision it. */
    default Entity create(Entity entity, RequestContext request) {
        return entity;
    }

    /** An entity is about to be rendered: refresh it (its state above all) from the resource manager. */
    default Entity retrieve(Entity entity, RequestContext request) {
        return entity;
    }

    /** A partial update: {@code updated} is {@code current} with the client's changes. */
    default Entity update(Entity current, Entity updated, RequestContext request) {
        return updated;
    }

    /** A full replacement of an existing entity. */
    default Entity replace(Entity current, Entity replacement, RequestContext request) {
        return replacement;
    }

    /** The entity is about to be deleted: release what it holds, or throw to refuse. */
    default void delete(Entity entity, RequestContext request) {
        // nothing held by default
    }

    /** A mixin (a template, credentials, user data ...) was applied to an entity of a driven kind. */
    default Entity mixinApplied(Mixin mixin, Entity entity, RequestContext request) {
        return entity;
    }

    /** A mixin was removed from an entity of a driven kind. */
    default Entity mixinRemoved(Mixin mixin, Entity entity, RequestContext request) {
        return entity;
    }

    /**
     * Carries out an action that the state table allows.
     *
     * @param action     the action invoked
     * @param transition the row of the state table that applies (from the entity's state to the next)
     * @param entity     the entity as it is now
     * @param attributes the action's attributes, checked, with defaults filled in
     * @param request    who asks
     * @return the entity to store, normally in {@code transition.to()}
     */
    Entity perform(Action action, StateMachine.Transition transition, Entity entity, Map<String, Object> attributes,
            RequestContext request);
}
