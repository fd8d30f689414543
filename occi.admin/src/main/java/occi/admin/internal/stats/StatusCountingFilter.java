package occi.admin.internal.stats;

import java.time.Clock;
import java.util.Map;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * Counts the answers of the default JAX-RS application (the OCCI server and
 * {@code /system/status}) per status code. The server keeps no counters of its own,
 * so this filter does; answers refused by the authentication filter are counted too
 * (JAX-RS runs response filters for aborted requests). The administration tools' own
 * requests, marked by their {@code User-Agent}, are left out.
 */
@Component(service = {ContainerResponseFilter.class, RequestStatistics.class})
@JaxrsExtension
@JaxrsName("occi.admin.status-counter")
@JaxrsApplicationSelect("(osgi.jaxrs.name=.default)")
public class StatusCountingFilter implements ContainerResponseFilter, RequestStatistics {

    /** The {@code User-Agent} prefix of the administration tools' own requests. */
    public static final String OWN_AGENT = "occi.admin/";

    private static final int WINDOW_MINUTES = 15;

    private final StatusCounts counts = new StatusCounts(Clock.systemUTC(), WINDOW_MINUTES);

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String agent = request.getHeaderString("User-Agent");
        if (agent == null || !agent.startsWith(OWN_AGENT)) {
            counts.record(response.getStatus());
        }
    }

    @Override
    public int windowMinutes() {
        return counts.windowMinutes();
    }

    @Override
    public Map<Integer, Long> recent() {
        return counts.recent();
    }

    @Override
    public java.util.List<StatusCounts.Minute> lastMinutes() {
        return counts.lastMinutes();
    }

    @Override
    public Map<Integer, Long> sinceStart() {
        return counts.sinceStart();
    }
}
