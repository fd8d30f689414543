package occi.platform.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.dto.ApplicationDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceDTO;
import org.osgi.service.jaxrs.runtime.dto.ResourceMethodInfoDTO;

/**
 * Waits until the JAX-RS runtime serves a resource path. A request sent before
 * that gets a 404, so tests wait on the runtime's change events, not on the port.
 */
public final class JaxrsResources {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private JaxrsResources() {}

    public static void awaitPath(BundleContext context, JaxrsServiceRuntime runtime, String path) throws InterruptedException {
        Semaphore changed = new Semaphore(0);
        ServiceListener listener = event -> {
            if (event.getType() == ServiceEvent.MODIFIED) {
                changed.release();
            }
        };
        try {
            context.addServiceListener(listener,
                    "(" + Constants.OBJECTCLASS + "=" + JaxrsServiceRuntime.class.getName() + ")");
        } catch (org.osgi.framework.InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        try {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (!serves(runtime, path)) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !changed.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                    throw new AssertionError("the JAX-RS runtime did not serve " + path + " within " + TIMEOUT);
                }
            }
        } finally {
            context.removeServiceListener(listener);
        }
    }

    public static boolean serves(JaxrsServiceRuntime runtime, String path) {
        var dto = runtime.getRuntimeDTO();
        return Stream.concat(Stream.of(dto.defaultApplication), Arrays.stream(dto.applicationDTOs))
                .filter(Objects::nonNull)
                .flatMap(JaxrsResources::methods)
                .map(m -> m.path)
                .filter(Objects::nonNull)
                .anyMatch(p -> strip(p).equals(strip(path)));
    }

    private static Stream<ResourceMethodInfoDTO> methods(ApplicationDTO application) {
        Stream<ResourceMethodInfoDTO> own = application.resourceMethods == null ? Stream.empty() : Arrays.stream(application.resourceMethods);
        Stream<ResourceMethodInfoDTO> resources = application.resourceDTOs == null ? Stream.empty()
                : Arrays.stream(application.resourceDTOs)
                        .map((ResourceDTO r) -> r.resourceMethods)
                        .filter(Objects::nonNull)
                        .flatMap(Arrays::stream);
        return Stream.concat(own, resources);
    }

    private static String strip(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
    }
}
