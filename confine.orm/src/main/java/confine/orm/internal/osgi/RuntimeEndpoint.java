package confine.orm.internal.osgi;

import java.net.URI;
import java.util.Arrays;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;
import org.osgi.util.converter.Converters;

/**
 * The container's HTTP base, as the JAX-RS runtime reports it (the port may be chosen at random).
 * platform.testing's {@code Endpoint} reads the same service property for the in-framework tests;
 * it stays a copy on purpose: runtime code must not import a test bundle, and an exported package
 * of a runtime bundle for these few lines would tie confine.orm to a platform bundle it otherwise
 * does not need.
 */
public final class RuntimeEndpoint {

    private RuntimeEndpoint() {}

    /** The first endpoint the runtime names, ending in '/'. */
    public static URI of(ServiceReference<JaxrsServiceRuntime> runtime) {
        // a string, an array or a collection of URLs: the OSGi Converter reads each; the first non-blank one
        String endpoint = Arrays.stream(Converters.standardConverter()
                .convert(runtime.getProperty(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT)).to(String[].class))
                .filter(e -> !e.isBlank()).findFirst()
                .orElseThrow(() -> new IllegalStateException("the JAX-RS runtime reports no endpoint"));
        return URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
    }
}
