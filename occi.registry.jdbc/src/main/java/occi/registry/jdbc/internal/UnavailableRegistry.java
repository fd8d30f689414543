package occi.registry.jdbc.internal;

import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

/**
 * Fails closed while the JDBC registry is installed but cannot serve: a {@link Registry}
 * ranked just below the JDBC registry's own ranking (and far above the in-memory
 * registry's), so that the server uses it exactly when the JDBC registry is not there. It
 * answers every call with 503, a {@code Retry-After} hint and the reason, read from Declarative
 * Services (the JDBC component's failed activation): nothing is served from, or written to,
 * memory that would be gone at the next restart. The in-memory registry serves only when a
 * configuration ranks it first, or when the JDBC bundle is not installed at all.
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

    @Activate
    public UnavailableRegistry(JdbcRegistryConfig config, BundleContext context, @Reference ServiceComponentRuntime scr) {
        this.context = context;
        this.scr = scr;
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, config.service_ranking() == Integer.MIN_VALUE ? Integer.MIN_VALUE
                : config.service_ranking() - 1);
        properties.put(UNAVAILABLE_PROPERTY, Boolean.TRUE);
        this.registration = context.registerService(Registry.class, this, properties);
    }

    @Deactivate
    void deactivate() {
        registration.unregister();
    }

    /** Why the JDBC registry is not serving, in words for a client (no paths, SQL or class names). */
    String reason() {
        ComponentDescriptionDTO description = scr.getComponentDescriptionDTO(context.getBundle(), JdbcRegistryComponent.class.getName());
        Optional<ComponentConfigurationDTO> configuration = description == null ? Optional.empty()
                : scr.getComponentConfigurationDTOs(description).stream().findFirst();
        String why = configuration.map(UnavailableRegistry::why).orElse("it is not enabled");
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
        return OcciException.unavailable(reason(), RETRY_AFTER);
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
