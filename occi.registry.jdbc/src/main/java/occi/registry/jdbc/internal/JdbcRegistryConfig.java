package occi.registry.jdbc.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the JDBC registry, PID {@value JdbcRegistryComponent#PID}. */
@ObjectClassDefinition(name = "OCCI JDBC registry",
        description = "Where the OCCI server keeps entities and user-defined mixins: an embedded H2 file by default, "
                + "or a PostgreSQL database that several containers share.")
public @interface JdbcRegistryConfig {

    @AttributeDefinition(name = "JDBC URL", description = "jdbc:h2:... or jdbc:postgresql://host:port/database. "
            + "Empty: an H2 file under the container's data folder (<occi.platform.data.dir>/registry/occi).")
    String url() default "";

    @AttributeDefinition(name = "User", description = "Database user (empty for H2's default).")
    String user() default "";

    /** {@code .password}: a private property, never copied into the service's properties. */
    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, description = "Database password.")
    String _password() default "";

    @AttributeDefinition(name = "Pool size", min = "1", description = "Most connections the pool keeps open.")
    int poolSize() default 10;

    @AttributeDefinition(name = "Connection timeout (ms)", min = "250",
            description = "How long a request waits for a free connection before it gets 503.")
    long connectionTimeout() default 10_000;

    @AttributeDefinition(name = "JDBC driver filter", description = "Selects the osgi.jdbc DataSourceFactory service "
            + "of the driver; its driver class must accept the URL.")
    String dataSourceFactory_target() default "(osgi.jdbc.driver.class=org.h2.Driver)";

    @AttributeDefinition(name = "Read cache size (H2)", min = "0", description = "On an embedded H2 file, which only "
            + "this container can write: how many entities (and resources' link lists, a list counting 1 + its links) "
            + "the registry keeps as it read them, forgotten by its own writes (exact). 0: none. Never used on "
            + "PostgreSQL, nor on an H2 server or AUTO_SERVER URL, which other processes write too.")
    long readCacheSize() default JdbcRegistry.DEFAULT_READ_CACHE_SIZE;

    @AttributeDefinition(name = "Service ranking", description = "The server uses the registry with the highest "
            + "ranking; the in-memory registry has the lowest.")
    int service_ranking() default JdbcRegistryComponent.DEFAULT_RANKING;
}
