package occi.platform.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Whether the container is up, and the answer every request gets until it is: the one source of
 * truth for the two gates in front of the HTTP server, {@link JettyStartingGate} (from the first
 * connection the port accepts) and {@link StartingGate} (the standard whiteboard path). "Up" means
 * every bundle has started, what the start-up report's "is up" says.
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

    private final BundleContext context;
    private volatile boolean up;
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

    /** Answers 503 with {@code Retry-After} and a plain-text reason. */
    static void refuse(HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", Integer.toString(RETRY_SECONDS));
        response.setContentType("text/plain;charset=UTF-8");
        byte[] body = MESSAGE.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
