package occi.infrastructure.internal;

import org.osgi.service.component.ComponentContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Turns the simulator component on and off from its configuration. The simulator is
 * declared disabled, so it has no instance and no service until this switch enables it:
 * with {@code enabled=false} nothing of it exists, rather than a driver that refuses work.
 */
@Component(configurationPid = SimulatorConfig.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = SimulatorConfig.class)
public final class SimulatorSwitch {

    @Activate
    @Modified
    void configure(ComponentContext context, SimulatorConfig config) {
        if (config.enabled()) {
            context.enableComponent(SimulatedResourceManager.NAME);
        } else {
            context.disableComponent(SimulatedResourceManager.NAME);
        }
    }
}
