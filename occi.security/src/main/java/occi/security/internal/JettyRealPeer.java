package occi.security.internal;

import org.apache.felix.http.jetty.LoadBalancerCustomizerFactory;
import org.eclipse.jetty.server.HttpConfiguration.Customizer;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;

/**
 * Keeps Felix HTTP Jetty's own request customizer out. The platform gives Felix HTTP's connectors a
 * customizer slot (framework property {@code org.apache.felix.proxy.load.balancer.connection.enable},
 * for platform.runtime's starting gate), which Felix HTTP fills from the highest-ranked
 * {@link LoadBalancerCustomizerFactory}; its own one, ranked 0, installs Jetty's
 * {@code ForwardedRequestCustomizer}, which takes the client's address, scheme and host from
 * {@code X-Forwarded-*} and {@code Forwarded} headers that anyone can send. This filter's failed-login
 * back-off counts the connection's own address and believes those headers only from a loopback peer
 * ({@link ProxyHeaders}): with that customizer, a remote client could name any address and escape it.
 * platform.runtime's gate ranks above this one; this one stays while platform.runtime is stopped.
 * It changes nothing in a request.
 */
@Component(property = Constants.SERVICE_RANKING + ":Integer=" + JettyRealPeer.RANKING)
public class JettyRealPeer implements LoadBalancerCustomizerFactory {

    /** Above Felix HTTP's forwarded-header factory (0), below platform.runtime's starting gate (2000). */
    static final int RANKING = 1000;

    @Override
    public Customizer createCustomizer() {
        return (connector, configuration, request) -> {
            // the request as it came: the connection's own peer, scheme and host
        };
    }
}
