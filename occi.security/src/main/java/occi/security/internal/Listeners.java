package occi.security.internal;

import java.net.URI;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.osgi.util.converter.Converters;

/** Reads where the HTTP server listens, from its runtime's {@code osgi.http.endpoint} property. */
final class Listeners {

    private Listeners() {}

    /**
     * Whether every endpoint listens on a loopback address only. No endpoint known is not
     * loopback-only: where the server listens is not known, so authentication is required.
     */
    static boolean loopbackOnly(Object endpointProperty) {
        List<String> endpoints = endpoints(endpointProperty);
        return !endpoints.isEmpty() && endpoints.stream().allMatch(Listeners::isLoopback);
    }

    /** Whether every runtime's endpoints are loopback only; no runtime known is not. */
    static boolean allLoopbackOnly(java.util.Collection<Object> endpointProperties) {
        return !endpointProperties.isEmpty() && endpointProperties.stream().allMatch(Listeners::loopbackOnly);
    }

    /** A string, an array or a collection of URLs, read by the OSGi Converter; blank entries name nothing. */
    static List<String> endpoints(Object property) {
        return Arrays.stream(Converters.standardConverter().convert(property).to(String[].class))
                .filter(value -> !value.isBlank()).toList();
    }

    private static boolean isLoopback(String endpoint) {
        String host;
        try {
            host = URI.create(endpoint).getHost();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        if (host == null) {
            return false;
        }
        try {
            // a literal address or a name like localhost; no DNS look-up for literals
            return InetAddress.getByName(host.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException unknown) {
            return false;
        }
    }
}
