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

    /** Whether every endpoint listens on a loopback address only. No endpoints: nothing is exposed. */
    static boolean loopbackOnly(Object endpointProperty) {
        return endpoints(endpointProperty).stream().allMatch(Listeners::isLoopback);
    }

    /** A string, an array or a collection of URLs, read by the OSGi Converter; blank entries name nothing. */
    static List<String> endpoints(Object property) {
        return Arrays.stream(Converters.standardConverter().convert(property).to(String[].class))
                .filter(value -> !value.isBlank()).toList();
    }

    private static boolean isLoopback(String endpoint) {
        String host = URI.create(endpoint).getHost();
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
