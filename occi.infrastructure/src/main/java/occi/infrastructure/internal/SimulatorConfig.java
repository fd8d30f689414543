package occi.infrastructure.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the simulated resource manager (PID {@value #PID}). */
@ObjectClassDefinition(name = "OCCI infrastructure simulator",
        description = "A resource manager that only moves states: it lets the container offer compute, network and"
                + " storage on its own. A driver of a real resource manager at a higher ranking takes over the kinds it names.")
public @interface SimulatorConfig {

    String PID = "occi.infrastructure.simulator";

    @AttributeDefinition(name = "Enabled",
            description = "Whether the simulator runs. Switch it off where every kind has a real resource manager, or to"
                    + " see 503 answers instead of simulated resources.")
    boolean enabled() default true;

    @AttributeDefinition(name = "Ranking",
            description = "service.ranking of the simulator's driver service. Drivers with a higher ranking take over"
                    + " the kinds they drive; the default lets any driver at the default ranking 0 win.")
    int service_ranking() default SimulatedResourceManager.DEFAULT_RANKING;
}
