package occi.platform.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.HttpServiceRuntimeConstants;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ExtensionDTO;
import org.osgi.service.jaxrs.runtime.dto.RuntimeDTO;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Fails closed beyond loopback. A servlet filter in front of every servlet context, registered by
 * this start-level-1 bundle before the HTTP server starts, so that it is there from the first
 * request on. A request is <em>exposed</em> when the HTTP server listens beyond loopback (or no
 * listener is known yet) or when it arrived on a non-loopback address. An exposed request is
 * answered 503 with {@code Retry-After} while the authentication service (occi.security's filter)
 * is absent, or present but not yet applied by the JAX-RS runtime: stopping it in the console does
 * not open the platform. The web console (it has its own login, which {@link ConsolePasswordGuard}
 * keeps off the shipped password) stays reachable, so that the operator can start the security
 * bundle again. Loopback-only servers are not affected. While the container starts, every request,
 * exposed or not, is answered 503 before it gets here ({@link StartingGate}).
 */
@Component(service = Filter.class, configurationPid = ExposureGuard.PID,
        property = Constants.SERVICE_RANKING + ":Integer=" + ExposureGuard.RANKING)
@Designate(ocd = ExposureGuardConfig.class)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
@HttpWhiteboardFilterPattern("/*")
public class ExposureGuard implements Filter {

    static final String PID = "occi.platform.guard";
    /** Ahead of every other filter (the same-origin check comes next). */
    static final int RANKING = 2000;
    /** The authentication service's JAX-RS name (occi.security's AuthenticationFilter). */
    static final String SECURITY_TARGET = "(osgi.jaxrs.name=occi.security.authentication)";
    static final String CONSOLE_ROOT_PROPERTY = "felix.webconsole.manager.root";
    static final int UNSECURED_RETRY_SECONDS = 30;

    private final String consoleRoot;
    private final Map<Long, Boolean> exposedByRuntime = new ConcurrentHashMap<>();
    /** The authentication services there are, and those the JAX-RS runtime has confirmed it applies. */
    private final Set<Long> securityServices = ConcurrentHashMap.newKeySet();
    private final Set<Long> securityApplied = ConcurrentHashMap.newKeySet();
    private volatile JaxrsServiceRuntime jaxrs;

    @Activate
    public ExposureGuard(BundleContext context) {
        String root = context.getProperty(CONSOLE_ROOT_PROPERTY);
        this.consoleRoot = root == null || root.isBlank() ? "/system/console" : root;
    }

    @Reference(name = "http", service = HttpServiceRuntime.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY,
            unbind = "removeHttpRuntime", updated = "updatedHttpRuntime")
    void addHttpRuntime(Map<String, Object> properties) {
        exposedByRuntime.put((Long) properties.get(Constants.SERVICE_ID),
                Loopback.exposed(properties.get(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT)));
    }

    void updatedHttpRuntime(Map<String, Object> properties) {
        addHttpRuntime(properties);
    }

    void removeHttpRuntime(Map<String, Object> properties) {
        exposedByRuntime.remove((Long) properties.get(Constants.SERVICE_ID));
    }

    /** The authentication service; its target can be changed by configuration ({@code security.target}). */
    @Reference(name = "security", service = javax.ws.rs.container.ContainerRequestFilter.class, target = SECURITY_TARGET,
            cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "removeSecurity")
    void addSecurity(ServiceReference<?> reference) {
        securityServices.add((Long) reference.getProperty(Constants.SERVICE_ID));
    }

    void removeSecurity(ServiceReference<?> reference) {
        Long id = (Long) reference.getProperty(Constants.SERVICE_ID);
        securityServices.remove(id);
        securityApplied.remove(id);
    }

    @Reference(name = "jaxrs", cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetJaxrs")
    void setJaxrs(JaxrsServiceRuntime runtime) {
        jaxrs = runtime;
    }

    void unsetJaxrs(JaxrsServiceRuntime runtime) {
        if (jaxrs == runtime) {
            jaxrs = null;
        }
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer && exposed(http)
                && !secured() && !console(http)) {
            refuse(answer, UNSECURED_RETRY_SECONDS, "The platform's authentication (bundle occi.security) is not active,"
                    + " so requests to a server that listens beyond loopback are refused until it is.");
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether the server listens beyond loopback (or no listener is known yet), or the request came over a non-loopback address. */
    boolean exposed(HttpServletRequest request) {
        return exposedByRuntime.isEmpty() || exposedByRuntime.containsValue(Boolean.TRUE) || !Loopback.host(request.getLocalAddr());
    }

    /** Whether an authentication service is there and the JAX-RS runtime lists it among an application's extensions. */
    boolean secured() {
        if (securityServices.isEmpty()) {
            return false;
        }
        if (securityServices.stream().anyMatch(securityApplied::contains)) {
            return true;
        }
        JaxrsServiceRuntime runtime = jaxrs;
        if (runtime == null) {
            return false;
        }
        RuntimeDTO dto = runtime.getRuntimeDTO();
        for (Long id : securityServices) {
            if (applies(dto.defaultApplication, id) || (dto.applicationDTOs != null
                    && java.util.Arrays.stream(dto.applicationDTOs).anyMatch(application -> applies(application, id)))) {
                securityApplied.add(id);
                return true;
            }
        }
        return false;
    }

    private static boolean applies(ApplicationDTO application, long serviceId) {
        if (application == null || application.extensionDTOs == null) {
            return false;
        }
        for (ExtensionDTO extension : application.extensionDTOs) {
            if (extension.serviceId == serviceId) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the request goes to the web console, by the path the server dispatches (decoded and
     * without dot segments), never the raw URI: {@code /system/console/../compute/} is not the console.
     */
    private boolean console(HttpServletRequest request) {
        String path = nonNull(request.getContextPath()) + nonNull(request.getServletPath()) + nonNull(request.getPathInfo());
        return path.equals(consoleRoot) || path.startsWith(consoleRoot + "/");
    }

    private static String nonNull(String part) {
        return part == null ? "" : part;
    }

    private static void refuse(HttpServletResponse response, int retrySeconds, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(retrySeconds));
        response.setContentType("text/plain;charset=UTF-8");
        byte[] body = message.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
