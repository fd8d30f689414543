package occi.platform.runtime.internal;

import java.util.Arrays;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /system/status}: the platform's version and the state of every bundle,
 * as JSON. A cheap end-to-end probe of the HTTP, JAX-RS and JSON stack.
 */
@Component(service = StatusResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JSONRequired
@Path("system/status")
public class StatusResource {

    private final BundleContext context;

    @Activate
    public StatusResource(BundleContext context) {
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PlatformStatus status() {
        List<BundleStatus> bundles = Arrays.stream(context.getBundles()).map(BundleStatus::of).toList();
        return new PlatformStatus(
                context.getBundle().getVersion().toString(),
                frameworkName(context.getBundle(0)),
                bundles);
    }

    private static String frameworkName(Bundle framework) {
        return framework.getSymbolicName() + " " + framework.getVersion();
    }

    /** The whole status document. */
    public record PlatformStatus(String version, String framework, List<BundleStatus> bundles) {}

    /** One bundle's line in the status document. */
    public record BundleStatus(long id, String symbolicName, String version, String state) {
        static BundleStatus of(Bundle bundle) {
            return new BundleStatus(bundle.getBundleId(), bundle.getSymbolicName(),
                    bundle.getVersion().toString(), BundleStates.name(bundle.getState()));
        }
    }
}
