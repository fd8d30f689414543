package occi.platform.runtime.internal;

import java.io.IOException;
import org.apache.felix.http.jetty.LoadBalancerCustomizerFactory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConfiguration.Customizer;
import org.eclipse.jetty.server.Request;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The starting gate from the very first request the HTTP server's port accepts. Felix HTTP Jetty
 * opens its connectors before its whiteboard dispatches, and answers a plain 404 meanwhile; a
 * Jetty request customizer runs before that dispatcher: one that marks the request handled is the
 * whole answer ({@code HttpChannel} does not call the server's handler then). Felix HTTP adds a
 * customizer slot to every connector (HTTP and HTTPS) when the framework property
 * {@value #ENABLE_PROPERTY} is {@code true} (set in cnf/includes/platform.bnd), and fills it from
 * the highest-ranked {@link LoadBalancerCustomizerFactory}, tracked before the connectors open and
 * again at every restart of the server (a change of its configuration). This bundle, in the first
 * start level, registers this one before the HTTP server starts. It also answers 503 while a
 * restarted HTTP server's whiteboard is not dispatching yet ({@link StartingState#open()}).
 *
 * <p>Ranked above Felix HTTP's own factory (ranking 0), which would install Jetty's
 * {@code ForwardedRequestCustomizer}: that one takes the client's address, scheme and host from
 * {@code X-Forwarded-*} and {@code Forwarded} headers, which anyone can send; the platform reads
 * those headers itself where it trusts them (from a loopback peer, occi.security). Once up, this
 * customizer leaves every request as it came.
 */
@Component(service = LoadBalancerCustomizerFactory.class, property = Constants.SERVICE_RANKING + ":Integer=" + JettyStartingGate.RANKING)
public class JettyStartingGate implements LoadBalancerCustomizerFactory {

    /** Felix HTTP's switch for the customizer slot. */
    static final String ENABLE_PROPERTY = "org.apache.felix.proxy.load.balancer.connection.enable";
    /** Above Felix HTTP's forwarded-header factory (0) and occi.security's stand-in that keeps it out while this bundle is stopped. */
    static final int RANKING = 2000;

    private final StartingState state;

    @Activate
    public JettyStartingGate(@Reference StartingState state) {
        this.state = state;
    }

    @Override
    public Customizer createCustomizer() {
        return this::customize;
    }

    void customize(Connector connector, HttpConfiguration configuration, Request request) {
        if (state.open()) {
            return;
        }
        try {
            StartingState.refuse(request.getResponse());
        } catch (IOException clientGone) {
            // nothing to answer
        }
        request.setHandled(true);
    }
}
