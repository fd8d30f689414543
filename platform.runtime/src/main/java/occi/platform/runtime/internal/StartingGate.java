package occi.platform.runtime.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.http.whiteboard.Preprocessor;

/**
 * Answers every request 503 with {@code Retry-After} while the container is starting, on every
 * listener, loopback included: until every bundle has started, what the start-up report's "is up"
 * says. Before, the JAX-RS runtime served while later bundles joined it and re-deployed its
 * applications, and an early request could get a 404 or a 500.
 *
 * <p>A whiteboard {@link Preprocessor}, not a filter: a filter runs only once a servlet matches the
 * request, and while the JAX-RS runtime has not registered its servlets yet no servlet does (the
 * HTTP server answered 404 then). Registered by this start-level-1 bundle before the HTTP server
 * starts, so the whiteboard has it from its first dispatch on. (Felix HTTP opens the port a moment
 * before that: it registers its runtime service first, on whose event the JAX-RS runtime sets
 * itself up, and only then tracks preprocessors and servlets; meanwhile it answers a plain 404.)
 *
 * <p>"Up" is reached once and kept: a bundle stopped, or a plugin installed later that fails to
 * start, is the operator's doing and closes nothing else.
 */
@Component(service = Preprocessor.class)
public class StartingGate implements Preprocessor {

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
    public StartingGate(BundleContext context) {
        this.context = context;
        context.addFrameworkListener(whenStarted);
        up();
    }

    @Deactivate
    void deactivate() {
        context.removeFrameworkListener(whenStarted);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!up() && response instanceof HttpServletResponse answer) {
            answer.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            answer.setHeader("Retry-After", Integer.toString(RETRY_SECONDS));
            answer.setContentType("text/plain;charset=UTF-8");
            byte[] body = MESSAGE.getBytes(StandardCharsets.UTF_8);
            answer.setContentLength(body.length);
            answer.getOutputStream().write(body);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Whether every bundle has started, checked until it has (at the start events, and at each request until then). */
    boolean up() {
        if (!up && StartupReport.started(context)) {
            up = true;
        }
        return up;
    }
}
