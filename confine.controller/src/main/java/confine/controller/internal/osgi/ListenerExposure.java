package confine.controller.internal.osgi;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Whether the controller is reachable beyond loopback: from the endpoints every JAX-RS runtime
 * reports (a wildcard or another non-loopback host), and from the local address a request came
 * in on. Nothing known yet counts as exposed: the sample users are refused rather than risked.
 */
final class ListenerExposure {

    private final Map<Long, Boolean> exposedByRuntime = new ConcurrentHashMap<>();

    void runtime(long serviceId, Object endpointProperty) {
        List<String> endpoints = endpoints(endpointProperty);
        exposedByRuntime.put(serviceId, endpoints.isEmpty() || endpoints.stream().anyMatch(e -> !loopbackHost(host(e))));
    }

    /** The host of an endpoint URL; null (not loopback) for one that cannot be read. */
    private static String host(String endpoint) {
        try {
            return URI.create(endpoint).getHost();
        } catch (IllegalArgumentException malformed) {
            return null;
        }
    }

    void runtimeGone(long serviceId) {
        exposedByRuntime.remove(serviceId);
    }

    /** Whether a request that arrived on {@code localAddress} (null: unknown) is exposed. */
    boolean exposed(String localAddress) {
        return exposedByRuntime.isEmpty() || exposedByRuntime.containsValue(Boolean.TRUE) || !loopbackHost(localAddress);
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

    /** Literal addresses only are looked at (no name resolution on the request path); {@code localhost} is loopback. */
    static boolean loopbackHost(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        String bare = host.replace("[", "").replace("]", "");
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.contains(":") && !bare.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            return false; // a host name: not resolved here, so not trusted as loopback
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException malformed) {
            return false;
        }
    }
}
