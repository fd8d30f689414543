package occi.infrastructure.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Collection;
import occi.api.Action;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Mixin;
import occi.api.backend.RequestContext;
import occi.infrastructure.Compute;
import occi.infrastructure.Infrastructure;
import occi.infrastructure.Network;
import occi.infrastructure.NetworkInterface;
import occi.infrastructure.StateMachine;
import occi.infrastructure.Storage;
import occi.infrastructure.StorageLink;
import occi.infrastructure.Templates;
import occi.infrastructure.spi.Drives;
import occi.infrastructure.spi.InfrastructureDriver;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.propertytypes.ServiceRanking;

/**
 * A resource manager that only moves states: create leaves an entity in its initial
 * state, every action leads to the state its table row names, and nothing runs anywhere.
 * It lets the container offer a working compute, network and storage on its own (for
 * trying clients, demos and tests), says so in each entity's state message, fills in
 * what a real manager would assign (interface name, MAC address, device id), offers a few
 * example templates, and yields each kind to any driver with a higher ranking.
 *
 * <p>Enabled and disabled by {@link SimulatorSwitch} from the configuration
 * {@value SimulatorConfig#PID}, which it shares (its {@code service.ranking} comes from there).
 */
@Component(name = SimulatedResourceManager.NAME, configurationPid = SimulatorConfig.PID, enabled = false)
@Drives({Compute.TYPE_ID, Network.TYPE_ID, Storage.TYPE_ID, NetworkInterface.TYPE_ID, StorageLink.TYPE_ID})
@ServiceRanking(SimulatedResourceManager.DEFAULT_RANKING)
public final class SimulatedResourceManager implements InfrastructureDriver {

    static final String NAME = "occi.infrastructure.simulator";
    static final int DEFAULT_RANKING = -100;

    /** The state message of every simulated entity: a user must not mistake it for a real machine. */
    static final String SIMULATED = "simulated: no real resource behind this entity";

    static final String TEMPLATE_SCHEME = "http://occi.platform/infrastructure/simulator/";

    static final Mixin DEBIAN = Templates.osTemplate(new CategoryId(TEMPLATE_SCHEME + "os_tpl#", "debian"),
            "Debian GNU/Linux 12 (simulated)", "/os_tpl/debian/");
    static final Mixin UBUNTU = Templates.osTemplate(new CategoryId(TEMPLATE_SCHEME + "os_tpl#", "ubuntu"),
            "Ubuntu 24.04 LTS (simulated)", "/os_tpl/ubuntu/");
    static final Mixin SMALL = Templates.resourceTemplate(new CategoryId(TEMPLATE_SCHEME + "resource_tpl#", "small"),
            "Small instance: 1 core, 2 GiB", "/resource_tpl/small/", Compute.KIND,
            Map.of(Compute.ARCHITECTURE, Compute.X64, Compute.CORES, 1, Compute.MEMORY, 2.0, Compute.SPEED, 2.0));
    static final Mixin MEDIUM = Templates.resourceTemplate(new CategoryId(TEMPLATE_SCHEME + "resource_tpl#", "medium"),
            "Medium instance: 2 cores, 4 GiB", "/resource_tpl/medium/", Compute.KIND,
            Map.of(Compute.ARCHITECTURE, Compute.X64, Compute.CORES, 2, Compute.MEMORY, 4.0, Compute.SPEED, 2.4));

    /**
     * Takes a configuration change (a new ranking) in place: DS then updates the service
     * properties instead of re-registering the service, so switching the simulator off is
     * one disappearance, not a disappearance and a return before the switch acts.
     */
    @Modified
    void configurationChanged() {
        // the new service.ranking reaches the model through the service's updated properties
    }

    @Override
    public Collection<Mixin> templates() {
        return List.of(DEBIAN, UBUNTU, SMALL, MEDIUM);
    }

    @Override
    public Entity create(Entity entity, RequestContext request) {
        StateMachine machine = machine(entity);
        Map<String, Object> attributes = new LinkedHashMap<>(entity.attributes());
        if (entity.kind().equals(NetworkInterface.ID)) {
            attributes.putIfAbsent(NetworkInterface.INTERFACE, "eth-" + shortId(entity));
            attributes.putIfAbsent(NetworkInterface.MAC, macOf(entity));
        } else if (entity.kind().equals(StorageLink.ID)) {
            attributes.putIfAbsent(StorageLink.DEVICEID, "sim-" + shortId(entity));
        }
        return machine.withState(entity.withAttributes(attributes), machine.state(entity), SIMULATED);
    }

    @Override
    public Entity perform(Action action, StateMachine.Transition transition, Entity entity, Map<String, Object> attributes,
            RequestContext request) {
        StateMachine machine = machine(entity);
        Entity changed = entity;
        if (action.id().equals(Storage.RESIZE.id())) {
            Map<String, Object> resized = new LinkedHashMap<>(entity.attributes());
            resized.put(Storage.SIZE, (BigDecimal) attributes.get(Storage.RESIZE_SIZE));
            changed = entity.withAttributes(resized);
        }
        return machine.withState(changed, transition.to(), SIMULATED);
    }

    private static StateMachine machine(Entity entity) {
        return Infrastructure.stateMachine(entity.kind()).orElseThrow(
                () -> new IllegalArgumentException("the simulator drives only infrastructure kinds, not " + entity.kind()));
    }

    private static String shortId(Entity entity) {
        String compact = entity.id().replace("-", "");
        return compact.substring(0, Math.min(8, compact.length()));
    }

    /** A locally administered unicast MAC address (02:...) derived from the entity's id, stable for the entity. */
    static String macOf(Entity entity) {
        int hash = entity.id().hashCode();
        long bits = ((long) hash & 0xffffffffL) ^ ((long) entity.location().hashCode() << 8);
        StringBuilder mac = new StringBuilder("02");
        for (int i = 0; i < 5; i++) {
            mac.append(':').append(String.format("%02x", (bits >>> (8 * i)) & 0xff));
        }
        return mac.toString();
    }
}
