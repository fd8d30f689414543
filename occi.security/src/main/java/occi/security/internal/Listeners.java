package occi.security.internal;

import java.net.URI;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;

/** Reads where the HTTP server listens, from its runtime's {@code osgi.http.endpoint} property. */
final class Listeners {

    private Listeners() {}

    /** Whether every endpoint listens on a loopback address only. No endpoints: nothing is exposed. */
    static boolean loopbackOnly(Object endpointProperty) {
        return endpoints(endpointProperty).stream().allMatch(Listeners::isLoopback);
    }

    static List<String> endpoints(Object property) {
        if (property instanceof String[] array) {
            return List.of(array);
        }
        if (property instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return property == null ? List.of() : List.of(String.valueOf(property));
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
