package occi.platform.runtime.internal;

import java.util.Arrays;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import occi.api.runtime.OcciServiceRuntime;
import occi.api.runtime.RuntimeDTO;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JSONRequired;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /system/status}: the platform's version, the state of every bundle and, under
 * {@code occi}, the OCCI server's runtime as its {@link OcciServiceRuntime} service reports
 * it (null while no OCCI server runs), as JSON. A cheap end-to-end probe of the HTTP,
 * JAX-RS and JSON stack.
 */
@Component(service = StatusResource.class, scope = ServiceScope.PROTOTYPE)
@JaxrsResource
@JSONRequired
@Path("system/status")
public class StatusResource {

    private final BundleContext context;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile OcciServiceRuntime occi;

    @Activate
    public StatusResource(BundleContext context) {
        this.context = context;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public PlatformStatus status() {
        List<BundleStatus> bundles = Arrays.stream(context.getBundles()).map(BundleStatus::of).toList();
        OcciServiceRuntime runtime = occi;
        return new PlatformStatus(
                context.getBundle().getVersion().toString(),
                frameworkName(context.getBundle(0)),
                bundles,
                runtime == null ? null : runtime.getRuntimeDTO());
    }

    private static String frameworkName(Bundle framework) {
        return framework.getSymbolicName() + " " + framework.getVersion();
    }

    /** The whole status document. */
    public record PlatformStatus(String version, String framework, List<BundleStatus> bundles, RuntimeDTO occi) {}

    /** One bundle's line in the status document. */
    public record BundleStatus(long id, String symbolicName, String version, String state) {
        static BundleStatus of(Bundle bundle) {
            return new BundleStatus(bundle.getBundleId(), bundle.getSymbolicName(),
                    bundle.getVersion().toString(), BundleStates.name(bundle.getState()));
        }
    }
}
