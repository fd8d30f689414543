package occi.registry.jdbc.internal;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.Page;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;
import org.osgi.service.jdbc.DataSourceFactory;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Fails closed while the JDBC registry is installed but cannot serve: a {@link Registry}
 * ranked just below the JDBC registry's own ranking (and far above the in-memory
 * registry's), so that the server uses it exactly when the JDBC registry is not there. It
 * answers every call with 503, a {@code Retry-After} hint and the reason, read from Declarative
 * Services (the JDBC component's failed activation): nothing is served from, or written to,
 * memory that would be gone at the next restart. The in-memory registry serves only when a
 * configuration ranks it first, or when the JDBC bundle is not installed at all.
 *
 * <p>It also brings the JDBC registry back without a restart ({@link Reopener}): while the JDBC
 * component has failed to open its database for a reason a retry can mend, one plain connection is
 * tried at growing intervals, and once one opens the component is disabled and enabled again
 * (Declarative Services does not retry a failed activation by itself), so that the server binds it
 * anew. Its {@code Retry-After} is the time to the next try.
 *
 * <p>Registered by hand because its ranking follows the JDBC registry's configured one.
 */
// service = {}: registered by hand below, with the ranking derived from the JDBC registry's, never by DS as well
@Component(service = {}, configurationPid = JdbcRegistryComponent.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class UnavailableRegistry implements Registry {

    /** Service property marking this registry: the start-up report looks for it. */
    public static final String UNAVAILABLE_PROPERTY = "occi.registry.unavailable";
    /** When a client may try again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private final BundleContext context;
    private final ServiceComponentRuntime scr;
    private final ServiceRegistration<Registry> registration;
    private final Reopener reopener;
    private final ScheduledExecutorService tries;
    /** The configured driver, for the tries; named as the JDBC component's so that {@code dataSourceFactory.target} selects both. */
    @Reference(name = "dataSourceFactory", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DataSourceFactory driver;

    @Activate
    public UnavailableRegistry(JdbcRegistryConfig config, BundleContext context, @Reference ServiceComponentRuntime scr,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.scr = scr;
        Properties connection = JdbcRegistryComponent.connection(config, context.getProperty(JdbcRegistryComponent.DATA_DIR_PROPERTY));
        this.reopener = new Reopener(this::mendableFailure, () -> probe(connection), this::reopen, log::info);
        this.tries = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "occi-registry-jdbc-reopener");
            thread.setDaemon(true);
            return thread;
        });
        tries.schedule(this::tryOnce, Reopener.FIRST.toMillis(), TimeUnit.MILLISECONDS);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, config.service_ranking() == Integer.MIN_VALUE ? Integer.MIN_VALUE
                : config.service_ranking() - 1);
        properties.put(UNAVAILABLE_PROPERTY, Boolean.TRUE);
        this.registration = context.registerService(Registry.class, this, properties);
    }

    @Deactivate
    void deactivate() {
        tries.shutdownNow();
        registration.unregister();
    }

    private void tryOnce() {
        Duration next;
        try {
            next = reopener.step();
        } catch (RuntimeException unexpected) {
            next = Reopener.MOST; // the next try still comes (a scheduled task that throws is never run again)
        }
        if (!tries.isShutdown()) {
            tries.schedule(this::tryOnce, next.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** The JDBC component's failure, when it failed to activate for a reason a later try can mend. */
    Optional<String> mendableFailure() {
        return jdbcConfiguration().filter(c -> c.state == ComponentConfigurationDTO.FAILED_ACTIVATION)
                .filter(c -> mendable(c.failure)).map(UnavailableRegistry::why);
    }

    /** A newer schema or a driver that does not take the URL stays so until the bundle or the configuration changes. */
    static boolean mendable(String failure) {
        String text = failure == null ? "" : failure.toLowerCase(Locale.ROOT);
        return !text.contains("schema version") && !text.contains("does not accept");
    }

    private void probe(Properties connection) throws Exception {
        DataSourceFactory factory = driver;
        if (factory == null) {
            throw new IllegalStateException("no JDBC driver");
        }
        try (java.sql.Connection opened = factory.createDataSource(connection).getConnection()) {
            // opened and closed: the database can be used
        }
    }

    /** Disables and enables the JDBC component: a new activation, which the server then binds. */
    private void reopen() {
        ComponentDescriptionDTO description = jdbcDescription();
        if (description != null) {
            try {
                scr.disableComponent(description).getValue();
                scr.enableComponent(description).getValue();
            } catch (java.lang.reflect.InvocationTargetException | InterruptedException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt(); // deactivated meanwhile
                }
            }
        }
    }

    private ComponentDescriptionDTO jdbcDescription() {
        return scr.getComponentDescriptionDTO(context.getBundle(), JdbcRegistryComponent.class.getName());
    }

    private Optional<ComponentConfigurationDTO> jdbcConfiguration() {
        ComponentDescriptionDTO description = jdbcDescription();
        return description == null ? Optional.empty() : scr.getComponentConfigurationDTOs(description).stream().findFirst();
    }

    /** Why the JDBC registry is not serving, in words for a client (no paths, SQL or class names). */
    String reason() {
        String why = jdbcConfiguration().map(UnavailableRegistry::why).orElse("it is not enabled");
        return "the persistent registry (occi.registry.jdbc) is not available: " + why
                + "; nothing is kept in memory instead (see the container's log)";
    }

    static String why(ComponentConfigurationDTO configuration) {
        return switch (configuration.state) {
            case ComponentConfigurationDTO.FAILED_ACTIVATION -> failure(configuration.failure);
            case ComponentConfigurationDTO.UNSATISFIED_REFERENCE -> "its JDBC driver is not available";
            case ComponentConfigurationDTO.UNSATISFIED_CONFIGURATION -> "it waits for its configuration";
            default -> "it is starting";
        };
    }

    static String failure(String failure) {
        String text = failure == null ? "" : failure.toLowerCase(Locale.ROOT);
        if (text.contains("locked") || text.contains("already in use")) {
            return "its database file is held by another process (is another container running in the same folder?)";
        }
        if (text.contains("schema version")) {
            return "its database has a schema newer than this container knows";
        }
        if (text.contains("password") || text.contains("authentication") || text.contains("permission denied")
                || text.contains("not authorized") || text.contains("access denied")) {
            return "the database refused the configured user";
        }
        if (text.contains("read only") || text.contains("read-only")) {
            return "its database is read-only";
        }
        if (text.contains("connection") || text.contains("connect")) {
            return "its database cannot be reached";
        }
        return "it could not open its database";
    }

    private OcciException unavailable() {
        return OcciException.unavailable(reason(), mendableFailure().isPresent() ? reopener.nextTry() : RETRY_AFTER);
    }

    @Override
    public Optional<Entity> get(String location, RequestContext request) {
        throw unavailable();
    }

    @Override
    public Page<Entity> query(EntityQuery query, RequestContext request) {
        throw unavailable();
    }

    @Override
    public List<Link> linksFrom(String resourceLocation, RequestContext request) {
        throw unavailable();
    }

    @Override
    public List<Entity> commit(List<Change> changes, RequestContext request) {
        throw unavailable();
    }

    @Override
    public List<Mixin> userMixins(RequestContext request) {
        throw unavailable();
    }

    @Override
    public void addUserMixins(List<Mixin> mixins, RequestContext request) {
        throw unavailable();
    }

    @Override
    public boolean removeUserMixin(CategoryId mixin, RequestContext request) {
        throw unavailable();
    }
}
