package occi.server.internal.registry;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the in-memory registry, PID {@value InMemoryRegistry#PID}. */
@ObjectClassDefinition(name = "OCCI in-memory registry",
        description = "Keeps entities and user-defined mixins in memory: fast, and gone when the container stops. "
                + "The server uses the registry with the highest ranking: raise this one above the JDBC registry's "
                + "(100) to serve from memory while the JDBC registry is installed.")
public @interface InMemoryRegistryConfig {

    @AttributeDefinition(name = "Service ranking", description = "The server uses the registry with the highest "
            + "ranking. The default is the lowest of all, so any other registry present wins; 1000 puts this one first.")
    int service_ranking() default InMemoryRegistry.RANKING;
}
