package occi.infrastructure.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import occi.api.Action;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.backend.ActionBackend;
import occi.api.backend.KindBackend;
import occi.api.backend.MixinBackend;
import occi.api.backend.ModelChanges;
import occi.api.backend.RequestContext;
import occi.infrastructure.Infrastructure;
import occi.infrastructure.NetworkInterface;
import occi.infrastructure.StateMachine;
import occi.infrastructure.StorageLink;
import occi.infrastructure.spi.InfrastructureDriver;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Registers the infrastructure model with the server, once, as the kind, mixin and action
 * backend of all its categories, and enforces the state tables: an action is applicable
 * only where its kind's table has a row for the entity's state, a new entity starts in
 * the initial state, and a driver's answer must leave the entity in a state of the table.
 *
 * <p>Behaviour comes from {@link InfrastructureDriver} services, chosen per kind by
 * ranking. Without a driver for a kind the categories stay listed and its entities
 * readable, but changing them answers 503: nothing would carry the change out.
 */
@Component(service = {KindBackend.class, MixinBackend.class, ActionBackend.class})
public final class InfrastructureModelBackend implements KindBackend, MixinBackend, ActionBackend {

    private final Logger logger;
    private final DriverSelection drivers = new DriverSelection();
    private final Object templatesLock = new Object();
    private volatile List<Mixin> templates = List.of();
    private volatile ComponentServiceObjects<ModelChanges> modelChanges;
    /** Set once activation is over: the server asks for categories itself when it binds us, so earlier changes need no notice. */
    private volatile boolean active;

    @Activate
    public InfrastructureModelBackend(@Reference(service = LoggerFactory.class) Logger logger) {
        this.logger = logger;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDriver(InfrastructureDriver driver, Map<String, Object> properties) {
        drivers.bind(DriverSelection.Candidate.of(driver, properties));
        driversChanged();
    }

    void updatedDriver(InfrastructureDriver driver, Map<String, Object> properties) {
        bindDriver(driver, properties);
    }

    void unbindDriver(InfrastructureDriver driver, Map<String, Object> properties) {
        drivers.unbind(DriverSelection.Candidate.of(driver, properties).serviceId());
        driversChanged();
    }

    @Activate
    void activated() {
        active = true;
    }

    /**
     * The server's {@link ModelChanges}, taken as service objects so that binding does not get
     * the service: the server is the one that activates this component (it gets our backend
     * service), and getting the server back at that moment would be a cycle.
     */
    @Reference(service = ModelChanges.class, cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindModelChanges(ComponentServiceObjects<ModelChanges> changes) {
        this.modelChanges = changes;
    }

    void unbindModelChanges(ComponentServiceObjects<ModelChanges> changes) {
        if (this.modelChanges == changes) {
            this.modelChanges = null;
        }
    }

    @Override
    public Collection<Category> categories() {
        List<Category> categories = new ArrayList<>(Infrastructure.CATEGORIES);
        categories.addAll(templates);
        return categories;
    }

    // --- kinds -------------------------------------------------------------------------

    @Override
    public Entity create(Entity entity, RequestContext request) {
        StateMachine machine = machineOfKind(entity);
        checkLinkTarget(entity);
        Entity initial = machine.moveTo(entity, machine.initialState());
        DriverSelection.Candidate driver = requireDriver(machine.kind(), "create");
        return checked(driver, machine, entity, call(driver, "create", () -> driver.driver().create(initial, request)));
    }

    @Override
    public Entity retrieve(Entity entity, RequestContext request) {
        StateMachine machine = machineOfKind(entity);
        Optional<DriverSelection.Candidate> driver = drivers.driverFor(machine.kind());
        if (driver.isEmpty()) {
            return entity;
        }
        return checked(driver.get(), machine, entity, call(driver.get(), "retrieve",
                () -> driver.get().driver().retrieve(entity, request)));
    }

    @Override
    public Entity update(Entity current, Entity updated, RequestContext request) {
        StateMachine machine = machineOfKind(current);
        DriverSelection.Candidate driver = requireDriver(machine.kind(), "update");
        return checked(driver, machine, current, call(driver, "update", () -> driver.driver().update(current, updated, request)));
    }

    @Override
    public Entity replace(Entity current, Entity replacement, RequestContext request) {
        StateMachine machine = machineOfKind(current);
        checkLinkTarget(replacement);
        DriverSelection.Candidate driver = requireDriver(machine.kind(), "replace");
        return checked(driver, machine, current, call(driver, "replace",
                () -> driver.driver().replace(current, replacement, request)));
    }

    @Override
    public void delete(Entity entity, RequestContext request) {
        StateMachine machine = machineOfKind(entity);
        DriverSelection.Candidate driver = requireDriver(machine.kind(), "delete");
        call(driver, "delete", () -> {
            driver.driver().delete(entity, request);
            return entity;
        });
    }

    // --- actions -----------------------------------------------------------------------

    @Override
    public boolean applicable(Action action, Entity entity) {
        return Infrastructure.stateMachineOf(action.id()).map(machine -> machine.applicable(action.id(), entity)).orElse(false);
    }

    @Override
    public Entity invoke(Action action, Entity entity, Map<String, Object> attributes, RequestContext request) {
        StateMachine machine = Infrastructure.stateMachineOf(action.id())
                .orElseThrow(() -> OcciException.badRequest("action " + action.id() + " is not an infrastructure action"));
        StateMachine.Transition transition = machine.require(action.id(), entity);
        Map<String, Object> resolved = ActionAttributes.resolve(action, attributes);
        DriverSelection.Candidate driver = requireDriver(machine.kind(), action.id().term());
        return checked(driver, machine, entity, call(driver, action.id().term(),
                () -> driver.driver().perform(action, transition, entity, resolved, request)));
    }

    // --- mixins ------------------------------------------------------------------------

    @Override
    public Entity apply(Mixin mixin, Entity entity, RequestContext request) {
        Entity canonical = MixinRules.canonicalise(mixin, entity);
        Mixin applied = canonicalMixin(mixin);
        Entity preset = MixinRules.applyPresets(applied, canonical);
        return withDriverOf(preset, "apply " + applied.id().term(),
                driver -> driver.mixinApplied(applied, preset, request));
    }

    @Override
    public Entity update(Mixin mixin, Entity current, Entity updated, RequestContext request) {
        MixinRules.checkUserdataUnchanged(mixin, current, updated);
        return updated;
    }

    @Override
    public Entity remove(Mixin mixin, Entity entity, RequestContext request) {
        Mixin removed = canonicalMixin(mixin);
        return withDriverOf(entity, "remove " + removed.id().term(), driver -> driver.mixinRemoved(removed, entity, request));
    }

    // --- helpers -----------------------------------------------------------------------

    private StateMachine machineOfKind(Entity entity) {
        return Infrastructure.stateMachine(entity.kind())
                .orElseThrow(() -> OcciException.badRequest(entity.kind() + " is not an infrastructure kind"));
    }

    private DriverSelection.Candidate requireDriver(CategoryId kind, String operation) {
        return drivers.driverFor(kind).orElseThrow(() -> OcciException.unavailable("no resource manager for "
                + kind.term() + " is running, so " + operation + " cannot be carried out; try again later"));
    }

    /** Runs a mixin hook of the driver of the entity's kind, if the kind is ours and has a driver. */
    private Entity withDriverOf(Entity entity, String operation, java.util.function.Function<InfrastructureDriver, Entity> hook) {
        Optional<StateMachine> machine = Infrastructure.stateMachine(entity.kind());
        Optional<DriverSelection.Candidate> driver = machine.flatMap(m -> drivers.driverFor(m.kind()));
        if (driver.isEmpty()) {
            return entity;
        }
        return checked(driver.get(), machine.get(), entity, call(driver.get(), operation, () -> hook.apply(driver.get().driver())));
    }

    /** Calls a driver; a failure that is not an OCCI answer is the driver's bug: logged, and a 500 for the client. */
    private <T> T call(DriverSelection.Candidate driver, String operation, Supplier<T> work) {
        try {
            return work.get();
        } catch (OcciException refusal) {
            throw refusal;
        } catch (RuntimeException bug) {
            logger.error("Infrastructure driver {} (service {}) failed on {}", driver.driver().getClass().getName(),
                    driver.serviceId(), operation, bug);
            throw new OcciException(500, "the resource manager failed on " + operation + ": " + bug.getMessage(), bug);
        }
    }

    /** A driver's answer must be the same entity, in a state of the table. */
    private Entity checked(DriverSelection.Candidate driver, StateMachine machine, Entity before, Entity after) {
        String problem = null;
        if (after == null) {
            problem = "returned no entity";
        } else if (!after.id().equals(before.id()) || !after.location().equals(before.location())) {
            problem = "returned another entity (" + after.location() + " for " + before.location() + ")";
        } else {
            Object state = after.attributes().get(machine.stateAttribute());
            if (state != null && !machine.states().contains(state.toString())) {
                problem = "set " + machine.stateAttribute() + " to '" + state + "', not one of " + machine.states();
            }
        }
        if (problem != null) {
            logger.error("Infrastructure driver {} (service {}) {}", driver.driver().getClass().getName(),
                    driver.serviceId(), problem);
            throw new OcciException(500, "the resource manager " + problem);
        }
        return after;
    }

    /** A link of ours must lead to the kind of resource it is made for, when the server knows the target's kind. */
    private static void checkLinkTarget(Entity entity) {
        if (!(entity instanceof Link link) || link.targetKind() == null) {
            return;
        }
        CategoryId expected = link.kind().equals(NetworkInterface.ID) ? NetworkInterface.TARGET_KIND
                : link.kind().equals(StorageLink.ID) ? StorageLink.TARGET_KIND : null;
        boolean infrastructureTarget = Infrastructure.stateMachine(link.targetKind()).isPresent();
        if (expected != null && infrastructureTarget && !expected.equals(link.targetKind())) {
            throw OcciException.badRequest("a " + link.kind().term() + " leads to a " + expected.term()
                    + ", not to a " + link.targetKind().term());
        }
    }

    private Mixin canonicalMixin(Mixin mixin) {
        CategoryId id = Infrastructure.canonical(mixin.id());
        return id.equals(mixin.id()) ? mixin : (Mixin) Infrastructure.category(id).orElse(mixin);
    }

    /** Recomputes the provider templates shown (those of drivers in charge of a kind they apply to) and tells the server. */
    private void driversChanged() {
        List<Mixin> shown;
        synchronized (templatesLock) {
            Map<CategoryId, Mixin> byId = new LinkedHashMap<>();
            for (DriverSelection.Candidate candidate : drivers.all()) {
                for (Mixin template : templatesOf(candidate)) {
                    if (!inCharge(candidate, template)) {
                        continue;
                    }
                    Mixin earlier = byId.putIfAbsent(template.id(), template);
                    if (earlier != null && !earlier.equals(template)) {
                        logger.warn("Template {} of driver service {} is ignored: a higher-ranked driver defines it too",
                                template.id(), candidate.serviceId());
                    }
                }
            }
            shown = List.copyOf(byId.values());
            if (shown.equals(templates)) {
                return;
            }
            templates = shown;
        }
        ComponentServiceObjects<ModelChanges> changes = modelChanges;
        if (active && changes != null) {
            ModelChanges server = changes.getService();
            try {
                server.categoriesChanged(this);
            } finally {
                changes.ungetService(server);
            }
        }
    }

    private Collection<Mixin> templatesOf(DriverSelection.Candidate candidate) {
        try {
            Collection<Mixin> offered = candidate.driver().templates();
            return offered == null ? List.of() : offered.stream().filter(Objects::nonNull).toList();
        } catch (RuntimeException bug) {
            logger.error("Infrastructure driver service {} failed to list its templates; none are shown",
                    candidate.serviceId(), bug);
            return List.of();
        }
    }

    private boolean inCharge(DriverSelection.Candidate candidate, Mixin template) {
        List<CategoryId> kinds = template.applies().isEmpty()
                ? Infrastructure.STATE_MACHINES.stream().map(StateMachine::kind).toList()
                : template.applies();
        return kinds.stream().anyMatch(kind -> drivers.driverFor(kind)
                .map(inChargeNow -> inChargeNow.serviceId() == candidate.serviceId()).orElse(false));
    }
}
