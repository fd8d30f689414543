package occi.platform.runtime.internal;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;

/**
 * Tells the person who started the container where everything is, once the HTTP
 * stack is up: one line per endpoint and folder, on standard output.
 */
@Component
public class StartupReport {

    static final String CONSOLE_ROOT_PROPERTY = "felix.webconsole.manager.root";

    @Activate
    public StartupReport(BundleContext context,
            @Reference(service = JaxrsServiceRuntime.class) Map<String, Object> runtimeProperties) {
        print(System.out, lines(context, endpoint(runtimeProperties)));
    }

    static List<String> lines(BundleContext context, String endpoint) {
        PlatformFolders folders = PlatformFolders.of(context);
        String consoleRoot = context.getProperty(CONSOLE_ROOT_PROPERTY);
        String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        return List.of(
                "OCCI platform " + context.getBundle().getVersion() + " is up",
                "  OCCI base      " + base + "/",
                "  Status         " + base + "/system/status",
                "  Web console    " + base + (consoleRoot == null ? "/system/console" : consoleRoot),
                "  Deploy folder  " + folders.deploy(),
                "  Conf folder    " + folders.conf(),
                "  Data folder    " + folders.data());
    }

    static String endpoint(Map<String, Object> runtimeProperties) {
        List<String> endpoints = EndpointProperty.values(runtimeProperties.get(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT));
        return endpoints.isEmpty() ? "(the JAX-RS runtime reports no endpoint)" : endpoints.get(0);
    }

    private static void print(PrintStream out, List<String> lines) {
        lines.forEach(out::println);
        out.flush();
    }
}
