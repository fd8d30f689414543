package occi.registry.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import javax.sql.DataSource;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.Page;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import occi.api.runtime.OcciServiceRuntime;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;

/**
 * The JDBC registry as a service: a HikariCP pool over the configured driver's
 * {@link DataSourceFactory}, the schema migrated on activation, then every call handed to
 * {@link JdbcRegistry}. A new configuration re-activates it with a new pool. A database
 * whose schema is newer than this bundle's keeps the component from activating, with the
 * reason in the log.
 */
// persistent: the runtime service (occi.api.runtime) tells operators that what it holds survives a restart
@Component(configurationPid = JdbcRegistryComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        property = OcciServiceRuntime.REGISTRY_PERSISTENT + ":Boolean=true")
@Designate(ocd = JdbcRegistryConfig.class)
public final class JdbcRegistryComponent implements Registry {

    public static final String PID = "occi.registry.jdbc";
    /** Well above the in-memory registry's, so that this one wins when both are there. */
    public static final int DEFAULT_RANKING = 100;
    /** Framework property naming the container's data folder. */
    static final String DATA_DIR_PROPERTY = "occi.platform.data.dir";
    /**
     * H2 options: write each commit to the file at once (the default delay of 500 ms could lose
     * answered creates when the process is killed) and wait for row locks like PostgreSQL does.
     */
    static final String H2_OPTIONS = ";WRITE_DELAY=0;LOCK_TIMEOUT=10000";

    private final HikariDataSource pool;
    private final JdbcRegistry registry;

    @Activate
    public JdbcRegistryComponent(JdbcRegistryConfig config, BundleContext context,
            @Reference(name = "dataSourceFactory") DataSourceFactory driver,
            @Reference(service = LoggerFactory.class) Logger log) throws SQLException {
        Properties properties = connection(config, context.getProperty(DATA_DIR_PROPERTY));
        String url = properties.getProperty(DataSourceFactory.JDBC_URL);
        Dialect dialect = Dialect.of(url);
        Driver jdbcDriver = driver.createDriver(null);
        if (!jdbcDriver.acceptsURL(url)) {
            throw new IllegalStateException("the JDBC driver " + jdbcDriver.getClass().getName() + " does not accept "
                    + url + ": set dataSourceFactory.target to the driver of that URL, e.g. "
                    + "(osgi.jdbc.driver.class=org.postgresql.Driver)");
        }
        DataSource unpooled = driver.createDataSource(properties);
        HikariDataSource created = PooledDataSources.pool(unpooled, "occi-registry", config.poolSize(),
                config.connectionTimeout());
        try {
            SchemaMigrator migrator = SchemaMigrator.bundled();
            int before = migrator.migrate(created, dialect);
            if (before < migrator.latestVersion()) {
                log.info("Registry schema at {} migrated from version {} to {}", safe(url), before, migrator.latestVersion());
            }
        } catch (SchemaTooNewException e) {
            created.close();
            log.error("The JDBC registry is not started: {}", e.getMessage());
            throw e;
        } catch (SQLException | RuntimeException e) {
            created.close();
            log.error("The JDBC registry could not prepare its schema at {}: {}", safe(url), e.getMessage(), e);
            throw e;
        }
        this.pool = created;
        // the listener for other containers' commits (PostgreSQL) holds a connection of its own, outside the pool
        boolean exclusive = ownedByThisProcess(url);
        long readCache = exclusive ? config.readCacheSize() : 0;
        this.registry = new JdbcRegistry(created, dialect, unpooled, exclusive, readCache);
        log.info("JDBC registry ready at {} (pool of {}, ranking {}, read cache {})", safe(url), config.poolSize(),
                config.service_ranking(), readCache > 0 ? readCache + " entries" : "off");
    }

    /** The configured database as DataSourceFactory properties: URL (the embedded default when none), user, password. */
    static Properties connection(JdbcRegistryConfig config, String dataDir) {
        String url = config.url().isBlank() ? defaultUrl(dataDir) : config.url().strip();
        Properties properties = new Properties();
        properties.setProperty(DataSourceFactory.JDBC_URL, url);
        if (!config.user().isBlank()) {
            properties.setProperty(DataSourceFactory.JDBC_USER, config.user());
        }
        if (!config._password().isEmpty()) {
            properties.setProperty(DataSourceFactory.JDBC_PASSWORD, config._password());
        }
        return properties;
    }

    @Deactivate
    void close() {
        registry.close();
        pool.close();
    }

    /**
     * Whether only this process can write the database, so that what the registry read stays
     * true until it writes itself: an embedded H2 database (file or memory), which H2 opens for
     * one process, not an H2 server ({@code tcp:}, {@code ssl:}) nor a file shared through
     * {@code AUTO_SERVER}. Never PostgreSQL.
     */
    static boolean ownedByThisProcess(String url) {
        if (Dialect.of(url) != Dialect.H2) {
            return false;
        }
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        String rest = lower.substring("jdbc:h2:".length());
        return !rest.startsWith("tcp:") && !rest.startsWith("ssl:") && !lower.replace(" ", "").contains("auto_server=true");
    }

    /** The embedded default: an H2 file under the data folder, which H2 wants as an absolute path. */
    static String defaultUrl(String dataDir) {
        Path folder = Path.of(dataDir == null || dataDir.isBlank() ? "data" : dataDir).toAbsolutePath().normalize();
        return "jdbc:h2:file:" + folder.resolve("registry").resolve("occi") + H2_OPTIONS;
    }

    /** A URL as logs may show it: without its query, where PostgreSQL URLs may carry a password. */
    private static String safe(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?...";
    }

    @Override
    public Optional<Entity> get(String location, RequestContext request) {
        return registry.get(location, request);
    }

    @Override
    public Page<Entity> query(EntityQuery query, RequestContext request) {
        return registry.query(query, request);
    }

    @Override
    public List<Link> linksFrom(String resourceLocation, RequestContext request) {
        return registry.linksFrom(resourceLocation, request);
    }

    @Override
    public List<Entity> commit(List<Change> changes, RequestContext request) {
        return registry.commit(changes, request);
    }

    @Override
    public List<Mixin> userMixins(RequestContext request) {
        return registry.userMixins(request);
    }

    @Override
    public void addUserMixins(List<Mixin> mixins, RequestContext request) {
        registry.addUserMixins(mixins, request);
    }

    @Override
    public boolean removeUserMixin(CategoryId mixin, RequestContext request) {
        return registry.removeUserMixin(mixin, request);
    }
}
