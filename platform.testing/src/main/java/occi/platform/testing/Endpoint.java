package occi.platform.testing;

import java.net.URI;
import java.util.Collection;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;

/** The container's HTTP base URL, as the JAX-RS runtime reports it (the port is chosen at random). */
public final class Endpoint {

    private Endpoint() {}

    public static URI of(ServiceReference<JaxrsServiceRuntime> runtime) {
        Object value = runtime.getProperty(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT);
        String endpoint;
        if (value instanceof String[] array) {
            endpoint = array[0];
        } else if (value instanceof Collection<?> collection) {
            endpoint = String.valueOf(collection.iterator().next());
        } else {
            endpoint = String.valueOf(value);
        }
        return URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
    }
}
