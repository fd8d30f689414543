package occi.platform.runtime.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.startlevel.BundleStartLevel;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Tells the person who started the container where everything is, once the HTTP stack is
 * up and the framework has started every bundle: one line per endpoint and folder, on
 * standard output. Waiting for the framework's STARTED event makes "is up" mean ready: the
 * JAX-RS runtime appears early, while bundles that add to it (and re-deploy its
 * applications) are still starting, and a {@code stop 0} typed before the framework has
 * finished starting would end it without the exit code the launcher gives a normal stop.
 * Requiring {@link ConfFolderWatcher} (registered once it has applied {@code conf/}) makes
 * "is up" also mean configured from the configuration folder.
 */
@Component
public class StartupReport {

    static final String CONSOLE_ROOT_PROPERTY = "felix.webconsole.manager.root";
    /**
     * The logger the report is also written to, so that the log file (and the web console's Log
     * page) says when the container was up and where; platform.logging's logback configuration
     * sends it to the file only, the console already has the printed report.
     */
    static final String REPORT_LOGGER = "occi.platform.report";
    /** The OCCI registry service interface, and the property of the JDBC bundle's stand-in for a registry that cannot open. */
    static final String REGISTRY = "occi.api.backend.Registry";
    static final String UNAVAILABLE_PROPERTY = "occi.registry.unavailable";

    private final BundleContext context;
    private final FrameworkListener whenStarted;
    private final AtomicBoolean reported = new AtomicBoolean();
    private final Logger report;

    @Activate
    public StartupReport(BundleContext context,
            @Reference(service = JaxrsServiceRuntime.class) ServiceReference<JaxrsServiceRuntime> runtime,
            @Reference ConfFolderWatcher confApplied, @Reference LoggerFactory loggers) {
        this.context = context;
        this.report = loggers.getLogger(REPORT_LOGGER);
        this.whenStarted = event -> {
            if ((event.getType() == FrameworkEvent.STARTED || event.getType() == FrameworkEvent.STARTLEVEL_CHANGED)
                    && started(context)) {
                printOnce(runtime);
            }
        };
        context.addFrameworkListener(whenStarted);
        if (started(context)) {
            printOnce(runtime); // started already: the JAX-RS runtime came (back) later
        }
    }

    /**
     * Whether the framework has started every bundle: active, and no bundle that is to be
     * started (persistently started, not a fragment) is not yet ACTIVE. The container starts
     * in start levels (see platform.bnd): STARTED is fired at level 1, STARTLEVEL_CHANGED when
     * the last level is reached, and this component may activate in between.
     */
    static boolean started(BundleContext context) {
        if (context.getBundle(0).getState() != Bundle.ACTIVE) {
            return false;
        }
        for (Bundle bundle : context.getBundles()) {
            BundleStartLevel level = bundle.adapt(BundleStartLevel.class);
            boolean fragment = bundle.getHeaders("").get(Constants.FRAGMENT_HOST) != null;
            if (bundle.getBundleId() != 0 && !fragment && level != null && level.isPersistentlyStarted()
                    && bundle.getState() != Bundle.ACTIVE) {
                return false;
            }
        }
        return true;
    }

    /**
     * The listener and the check above may both see the start: the report is printed once, with
     * the endpoint the runtime has then (it publishes it once the HTTP server listens).
     */
    private void printOnce(ServiceReference<JaxrsServiceRuntime> runtime) {
        if (reported.compareAndSet(false, true)) {
            Map<String, Object> properties = new java.util.HashMap<>();
            for (String key : runtime.getPropertyKeys()) {
                properties.put(key, runtime.getProperty(key));
            }
            List<String> lines = lines(context, endpoint(properties));
            print(System.out, lines);
            report.info(oneLine(lines));
        }
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(whenStarted);
    }

    static List<String> lines(BundleContext context, String endpoint) {
        PlatformFolders folders = PlatformFolders.of(context);
        String consoleRoot = context.getProperty(CONSOLE_ROOT_PROPERTY);
        String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        String state = registryUnavailable(context)
                ? " started, but OCCI answers 503: its persistent registry cannot open (the log above says why)"
                : " is up";
        return List.of(
                "OCCI platform " + context.getBundle().getVersion() + state,
                "  OCCI base      " + base + "/",
                "  Status         " + base + "/system/status",
                "  Web console    " + base + (consoleRoot == null ? "/system/console" : consoleRoot),
                "  Deploy folder  " + folders.deploy(),
                "  Conf folder    " + folders.conf(),
                "  Data folder    " + folders.data());
    }

    /** The report as one log line: "OCCI platform 1.0 is up: OCCI base: http://...; Status: ...". */
    static String oneLine(List<String> lines) {
        return lines.get(0) + ":" + String.join(";", lines.subList(1, lines.size()).stream()
                .map(line -> " " + line.strip().replaceFirst("\\s{2,}", ": ")).toList());
    }

    /**
     * Whether the OCCI server is left with the JDBC bundle's stand-in for a registry that could
     * not open (it answers 503): a registry ranked above the stand-in whose component failed to
     * activate (a delayed component's service is registered before it activates, so the failure
     * shows in Declarative Services, not in the service registry). By name and property, so that
     * this bundle needs nothing of OCCI's.
     */
    static boolean registryUnavailable(BundleContext context) {
        ServiceReference<?>[] registries;
        try {
            registries = context.getServiceReferences((String) null, "(objectClass=" + REGISTRY + ")");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException("the registry filter is malformed", e);
        }
        if (registries == null) {
            return false;
        }
        List<ServiceReference<?>> ranked = new java.util.ArrayList<>(List.of(registries));
        ranked.sort(java.util.Collections.reverseOrder());
        ServiceReference<org.osgi.service.component.runtime.ServiceComponentRuntime> scrReference =
                context.getServiceReference(org.osgi.service.component.runtime.ServiceComponentRuntime.class);
        org.osgi.service.component.runtime.ServiceComponentRuntime scr = scrReference == null ? null : context.getService(scrReference);
        try {
            for (ServiceReference<?> registry : ranked) {
                if (Boolean.TRUE.equals(registry.getProperty(UNAVAILABLE_PROPERTY))) {
                    return true; // every registry ranked above the stand-in failed
                }
                if (scr == null || !failed(scr, registry)) {
                    return false;
                }
            }
            return false;
        } finally {
            if (scr != null) {
                context.ungetService(scrReference);
            }
        }
    }

    private static boolean failed(org.osgi.service.component.runtime.ServiceComponentRuntime scr, ServiceReference<?> registry) {
        Object name = registry.getProperty("component.name");
        if (!(name instanceof String component) || registry.getBundle() == null) {
            return false;
        }
        var description = scr.getComponentDescriptionDTO(registry.getBundle(), component);
        return description != null && scr.getComponentConfigurationDTOs(description).stream()
                .anyMatch(c -> c.state == org.osgi.service.component.runtime.dto.ComponentConfigurationDTO.FAILED_ACTIVATION);
    }

    static String endpoint(Map<String, Object> runtimeProperties) {
        List<String> endpoints = EndpointProperty.values(runtimeProperties.get(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT));
        return endpoints.isEmpty() ? "(the JAX-RS runtime reports no endpoint)" : endpoints.get(0);
    }

    /**
     * One write, starting on a line of its own: the Gogo shell (started in the same, last start
     * level) prints its prompt, with no line end, from its own thread at any moment; a prompt
     * between two lines of the report would break the line a reader waits for.
     */
    private static void print(PrintStream out, List<String> lines) {
        String separator = System.lineSeparator();
        out.print(separator + String.join(separator, lines) + separator);
        out.flush();
    }
}
