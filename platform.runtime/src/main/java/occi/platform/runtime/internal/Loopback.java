package occi.platform.runtime.internal;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Whether a host or an HTTP runtime's endpoints are loopback (127.0.0.0/8, ::1, localhost).
 * Only literal addresses are looked at, never resolved: on the request path no name look-up
 * may happen, and a name that is not {@code localhost} is not trusted to be loopback.
 */
final class Loopback {

    private Loopback() {}

    /** Whether {@code host} (an address literal, possibly in brackets, or {@code localhost}) is loopback. */
    static boolean host(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean literal = bare.contains(":") || bare.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        if (!literal) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException malformed) {
            return false;
        }
    }

    /** Whether any of an HTTP runtime's endpoints listens beyond loopback; none known counts as exposed. */
    static boolean exposed(Object endpointProperty) {
        var endpoints = EndpointProperty.values(endpointProperty);
        return endpoints.isEmpty() || endpoints.stream().anyMatch(endpoint -> !host(hostOf(endpoint)));
    }

    private static String hostOf(String endpoint) {
        try {
            return URI.create(endpoint).getHost();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }
}
