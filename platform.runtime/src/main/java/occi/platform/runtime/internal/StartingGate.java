package occi.platform.runtime.internal;

import java.io.IOException;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.Preprocessor;

/**
 * Answers every request 503 with {@code Retry-After} while the container is starting
 * ({@link StartingState}), on every listener, loopback included. Before, the JAX-RS runtime served
 * while later bundles joined it and re-deployed its applications, and an early request could get a
 * 404 or a 500.
 *
 * <p>A whiteboard {@link Preprocessor}, not a filter: a filter runs only once a servlet matches the
 * request, and while the JAX-RS runtime has not registered its servlets yet no servlet does. This is
 * the standard whiteboard path, which works on any HTTP whiteboard implementation; it starts with
 * the whiteboard's first dispatch. Felix HTTP opens its port a moment before that (and answers its
 * own 404 meanwhile): on Felix HTTP Jetty, {@link JettyStartingGate} closes that gap, and this gate
 * then only ever sees requests once the container is up (one volatile read).
 */
@Component(service = Preprocessor.class)
public class StartingGate implements Preprocessor {

    private final StartingState state;

    @Activate
    public StartingGate(@Reference StartingState state) {
        this.state = state;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!state.up() && response instanceof HttpServletResponse answer) {
            StartingState.refuse(answer);
            return;
        }
        chain.doFilter(request, response);
    }
}
