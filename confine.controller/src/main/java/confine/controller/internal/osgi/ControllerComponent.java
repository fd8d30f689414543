package confine.controller.internal.osgi;

import confine.controller.ConfineController;
import confine.controller.ControllerOptions;
import confine.controller.Faults;
import confine.controller.Seed;
import confine.controller.Testbed;
import confine.controller.internal.ControllerCore;
import confine.controller.internal.Seeder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.Map;
import java.util.Set;
import javax.ws.rs.core.Application;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;
import org.osgi.service.jaxrs.whiteboard.JaxrsWhiteboardConstants;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.converter.Converters;

/**
 * The container's local CONFINE controller: a JAX-RS application on the whiteboard at the
 * configured base path, and a {@link ConfineController} service to steer it. The application
 * is registered by hand because its base comes from the configuration; a configuration change
 * moves it, reseeds or changes the latency without losing the rest of the testbed.
 */
@Component(name = "confine.controller", service = {}, immediate = true)
@Designate(ocd = ControllerConfig.class)
public class ControllerComponent {

    static final String APPLICATION_NAME = "confine.controller";
    /** The framework property of the platform's data folder (platform.runtime's PlatformFolders). */
    static final String DATA_PROPERTY = "occi.platform.data.dir";
    /** HTTP Whiteboard properties of the body limit's filter (named here: this bundle needs no Whiteboard API for four strings). */
    static final String FILTER_PATTERN = "osgi.http.whiteboard.filter.pattern";
    static final String CONTEXT_SELECT = "osgi.http.whiteboard.context.select";
    static final String CONTEXT_PATH = "osgi.http.whiteboard.context.path";
    /** After the platform's own filters (exposure guard, same-origin check, its larger body bound at 500). */
    static final int FILTER_RANKING = 400;

    private final BundleContext context;
    private final ControllerCore core;
    private final String endpoint;
    private final Logger log;
    private final ListenerExposure exposure = new ListenerExposure();
    private ControllerConfig config;
    private ServiceRegistration<Application> application;
    private ServiceRegistration<javax.servlet.Filter> bodyBound;
    private ServiceRegistration<ConfineController> controller;

    @Activate
    public ControllerComponent(BundleContext context, ControllerConfig config,
            @Reference(service = JaxrsServiceRuntime.class) Map<String, Object> runtime,
            @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.log = log;
        this.config = config;
        this.endpoint = endpoint(runtime);
        String data = context.getProperty(DATA_PROPERTY);
        this.core = new ControllerCore(Path.of(data == null || data.isBlank() ? "data" : data).resolve("confine-controller"),
                seed(config), passwords(config));
        core.faults().latency(Duration.ofMillis(Math.max(0, config.latency_ms())));
        core.maxBodyBytes(Math.max(0, config.body_max_bytes()));
        if (config.enabled()) {
            register();
        }
    }

    @Modified
    void modified(ControllerConfig changed) {
        ControllerConfig old = config;
        config = changed;
        if (!seed(old).equals(seed(changed))) {
            core.testbed().reset(seed(changed));
        }
        core.faults().latency(Duration.ofMillis(Math.max(0, changed.latency_ms())));
        core.maxBodyBytes(Math.max(0, changed.body_max_bytes()));
        if (!passwords(old).equals(passwords(changed))) {
            core.passwords(passwords(changed));
        }
        boolean moved = !basePath(old).equals(basePath(changed));
        if (!changed.enabled() || moved) {
            unregister();
        }
        if (changed.enabled() && application == null) {
            register();
        }
    }

    /** Every JAX-RS runtime's endpoints, to tell whether the controller is reachable beyond loopback. */
    @Reference(name = "exposure", service = JaxrsServiceRuntime.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeRuntime", updated = "updatedRuntime")
    void addRuntime(Map<String, Object> properties) {
        exposure.runtime((Long) properties.get(org.osgi.framework.Constants.SERVICE_ID),
                properties.get(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT));
    }

    void updatedRuntime(Map<String, Object> properties) {
        addRuntime(properties);
    }

    void removeRuntime(Map<String, Object> properties) {
        exposure.runtimeGone((Long) properties.get(org.osgi.framework.Constants.SERVICE_ID));
    }

    @Deactivate
    void deactivate() {
        unregister();
    }

    private void register() {
        String base = basePath(config);
        Dictionary<String, Object> applicationProperties = new Hashtable<>();
        // the whiteboard wants the base without its trailing slash
        applicationProperties.put(JaxrsWhiteboardConstants.JAX_RS_APPLICATION_BASE, base.substring(0, base.length() - 1));
        applicationProperties.put(JaxrsWhiteboardConstants.JAX_RS_NAME, APPLICATION_NAME);
        bodyBound = context.registerService(javax.servlet.Filter.class, new BodyBoundFilter(core::maxBodyBytes), filterProperties(base));
        application = context.registerService(Application.class, new ControllerApplication(core, exposure), applicationProperties);
        Dictionary<String, Object> controllerProperties = new Hashtable<>();
        controllerProperties.put(ConfineController.BASE_PROPERTY, base);
        controller = context.registerService(ConfineController.class, new Registered(base, core, exposure), controllerProperties);
        // logged, not printed: so it is also in the log file (data/log/platform.log) and the console's Log page
        String at = endpoint == null ? base + " of the HTTP server (which reports no address yet: it is restarting)"
                : endpoint + base.substring(1);
        log.info("Local CONFINE controller (a development testbed with sample data, not a real testbed) at "
                + at + " (users " + Seeder.USER + ", " + Seeder.SUPERUSER
                + "; their sample passwords work on loopback only)");
    }

    private void unregister() {
        if (controller != null) {
            controller.unregister();
            controller = null;
        }
        if (application != null) {
            application.unregister();
            application = null;
        }
        if (bodyBound != null) {
            bodyBound.unregister();
            bodyBound = null;
        }
    }

    /**
     * The body limit's filter goes on the servlet context the JAX-RS whiteboard makes for the
     * application (one per application, its path the application's base), over every path in it.
     */
    static Dictionary<String, Object> filterProperties(String base) {
        Dictionary<String, Object> properties = new Hashtable<>();
        String path = base.substring(0, base.length() - 1);
        properties.put(CONTEXT_SELECT, "(" + CONTEXT_PATH + "=" + (path.isEmpty() ? "/" : path).replaceAll("([\\\\*()])", "\\\\$1") + ")");
        properties.put(FILTER_PATTERN, "/*");
        properties.put(org.osgi.framework.Constants.SERVICE_RANKING, FILTER_RANKING);
        return properties;
    }

    static String basePath(ControllerConfig config) {
        return ControllerOptions.normalizeBasePath(config.base_path());
    }

    /** The operator's passwords for the seeded users; an empty one keeps the sample (loopback only). */
    static Map<String, String> passwords(ControllerConfig config) {
        Map<String, String> passwords = new java.util.HashMap<>();
        if (!config.user_password().isEmpty()) {
            passwords.put(Seeder.USER, config.user_password());
        }
        if (!config.superuser_password().isEmpty()) {
            passwords.put(Seeder.SUPERUSER, config.superuser_password());
        }
        return passwords;
    }

    static Seed seed(ControllerConfig config) {
        return Seed.generated(Math.max(0, config.seed_nodes()), Math.max(0, config.seed_slices()),
                Math.max(0, config.seed_slivers_per_slice()));
    }

    /**
     * The HTTP endpoint the JAX-RS runtime reports, with a trailing slash; null when it reports
     * none (while the HTTP server restarts), rather than a guessed address that may be wrong.
     */
    static String endpoint(Map<String, Object> runtime) {
        // a string, an array or a collection of URLs: the OSGi Converter reads each; the first non-blank one
        Object reported = runtime.get(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT);
        if (reported == null) {
            return null;
        }
        return java.util.Arrays.stream(Converters.standardConverter().convert(reported).to(String[].class))
                .filter(e -> !e.isBlank()).findFirst().map(e -> e.endsWith("/") ? e : e + "/").orElse(null);
    }

    /** The application: one resource object serving every path under its base. */
    static final class ControllerApplication extends Application {
        private final Set<Object> singletons;

        ControllerApplication(ControllerCore core, ListenerExposure exposure) {
            this.singletons = Set.of(new ControllerResource(core, exposure));
        }

        @Override
        public Set<Object> getSingletons() {
            return singletons;
        }
    }

    /** The service view of the running controller. */
    record Registered(String basePath, ControllerCore core, ListenerExposure exposure) implements ConfineController {
        /** Only while every listener is on loopback (the same test that lets the sample passwords in). */
        @Override
        public java.util.Optional<String> localOperatorToken() {
            if (exposure.exposed("127.0.0.1")) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of(core.testbed().token(Seeder.SUPERUSER));
        }

        @Override
        public Testbed testbed() {
            return core.testbed();
        }

        @Override
        public Faults faults() {
            return core.faults();
        }
    }
}
