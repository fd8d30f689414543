package occi.platform.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Whether the container is up, and the answer every request gets until it is: the one source of
 * truth for the two gates in front of the HTTP server, {@link JettyStartingGate} (from the first
 * connection the port accepts) and {@link StartingGate} (the standard whiteboard path). "Up" means
 * every bundle has started, what the start-up report's "is up" says.
 *
 * <p>Felix HTTP Jetty also restarts its server when its configuration changes (a file in
 * {@code conf/} applied while the container starts, whose update Config Admin delivers on a thread
 * of its own, may do so after every bundle has started): it opens the port again before its
 * whiteboard dispatches, and answers its own 404 meanwhile. So the gate ahead of the whiteboard
 * ({@link #open()}) also waits for the whiteboard to dispatch. Its sign: Felix HTTP registers its web
 * console plugin ({@value #FELIX_HTTP_PLUGIN}) as the last step of its whiteboard's start, right
 * before it hands the whiteboard to its dispatcher, and unregisters it first when the server stops.
 *
 * <p>"Up" is reached once and kept: a bundle stopped, or a plugin installed later that fails to
 * start, is the operator's doing and closes nothing else. Hence immediate: a delayed component
 * would be deactivated whenever its last user let go (Jetty's customizer tracker does at every
 * restart of the HTTP server), and a new one would ask the bundles again.
 */
@Component(service = StartingState.class, immediate = true)
public class StartingState {

    /** Short: a start takes seconds, and the container's own clients (the CONFINE testbed backend) come back then. */
    static final int RETRY_SECONDS = 2;
    static final String MESSAGE = "The platform is starting; try again in a few seconds.";

    /** Felix HTTP's web console plugin, the last thing its whiteboard registers before it dispatches. */
    static final String FELIX_HTTP_PLUGIN = "(felix.webconsole.label=httpservice)";

    private final BundleContext context;
    private volatile boolean up;
    private final Set<Long> dispatchingWhiteboards = ConcurrentHashMap.newKeySet();
    private volatile boolean dispatching;
    /** Checks at the framework events that complete the start, as the start-up report does. */
    private final FrameworkListener whenStarted = event -> {
        if (event.getType() == FrameworkEvent.STARTED || event.getType() == FrameworkEvent.STARTLEVEL_CHANGED) {
            up();
        }
    };

    @Activate
    public StartingState(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(whenStarted);
        up();
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(whenStarted);
    }

    /**
     * Whether every bundle has started, checked until it has (at the start events, and at each
     * request until then); once up, a single volatile read.
     */
    boolean up() {
        if (!up && StartupReport.started(context)) {
            up = true;
        }
        return up;
    }

    /**
     * Whether a request may go on past the HTTP server's own front: the container is up, and the
     * Felix HTTP whiteboard dispatches (once up, two volatile reads).
     */
    boolean open() {
        return up() && dispatching;
    }

    @Reference(name = "whiteboard", service = Servlet.class, target = FELIX_HTTP_PLUGIN, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "whiteboardStopped")
    void whiteboardDispatches(ServiceReference<Servlet> plugin) {
        dispatchingWhiteboards.add((Long) plugin.getProperty(Constants.SERVICE_ID));
        dispatching = true;
    }

    void whiteboardStopped(ServiceReference<Servlet> plugin) {
        dispatchingWhiteboards.remove((Long) plugin.getProperty(Constants.SERVICE_ID));
        dispatching = !dispatchingWhiteboards.isEmpty();
    }

    /**
     * Answers 503 with {@code Retry-After} and a plain-text reason, and closes the connection: the
     * client's next try connects anew and meets the server as it is then (a connection kept open
     * through a restart of the HTTP server would meet it while it stops, past the gate).
     */
    static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_SECONDS));
        response.setHeader("Connection", "close");
        response.setContentType("text/plain;charset=UTF-8");
        byte[] body = MESSAGE.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
