package occi.platform.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * What a reverse proxy's headers say about a request. A proxy on this host (nginx in front of
 * containers listening on loopback) makes a loopback listener reachable from anywhere, and
 * its connections all come from one address: the request's own headers are then the only
 * sign of where the client is.
 *
 * <p>Headers are read through a function from a header name, as spelt in {@link #NAMES}, to its
 * (first) value or {@code null} when the request has no such header: the caller decides how its
 * server matches names (HTTP header names are case-insensitive).
 */
public final class ProxyHeaders {

    /** RFC 7239: {@code Forwarded: for=198.51.100.1;proto=https}. */
    public static final String FORWARDED = "Forwarded";
    /** The de-facto list of hops: {@code X-Forwarded-For: client, proxy1}. */
    public static final String X_FORWARDED_FOR = "X-Forwarded-For";
    /** nginx's single client address. */
    public static final String X_REAL_IP = "X-Real-IP";
    /** Every header a reverse proxy adds: the presence of any means the real client is elsewhere. */
    public static final List<String> NAMES = List.of(FORWARDED, X_FORWARDED_FOR, X_REAL_IP);

    private ProxyHeaders() {
    }

    /** Whether a proxy forwarded the request (any of its headers is present). */
    public static boolean forwarded(Function<String, String> header) {
        return NAMES.stream().anyMatch(name -> header.apply(name) != null);
    }

    /**
     * The client a failed-login backoff counts: the address the proxy says it served when the
     * connection came from a proxy on this host (the last hop it added, the only one it vouches
     * for), otherwise the connection's own address. Headers from a remote peer are ignored:
     * anyone can send them.
     */
    public static String client(String peer, Function<String, String> header) {
        if (peer == null || !loopback(peer)) {
            return peer == null ? "unknown" : peer;
        }
        String forwardedFor = lastElement(header.apply(X_FORWARDED_FOR));
        if (forwardedFor != null) {
            return forwardedFor;
        }
        String forwarded = lastForwardedFor(header.apply(FORWARDED));
        if (forwarded != null) {
            return forwarded;
        }
        String realIp = header.apply(X_REAL_IP);
        return realIp == null || realIp.isBlank() ? peer : realIp.trim();
    }

    private static String lastElement(String list) {
        if (list == null) {
            return null;
        }
        String last = list.substring(list.lastIndexOf(',') + 1).trim();
        return last.isEmpty() ? null : last;
    }

    /** The {@code for=} of the last element of an RFC 7239 {@code Forwarded} header. */
    private static String lastForwardedFor(String value) {
        String element = lastElement(value);
        if (element == null) {
            return null;
        }
        for (String pair : element.split(";")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).trim().toLowerCase(Locale.ROOT).equals("for")) {
                String node = pair.substring(eq + 1).trim();
                return node.startsWith("\"") && node.endsWith("\"") && node.length() > 1 ? node.substring(1, node.length() - 1) : node;
            }
        }
        return null;
    }

    private static boolean loopback(String address) {
        try {
            // a literal address: no lookup happens
            return InetAddress.getByName(address.replace("[", "").replace("]", "")).isLoopbackAddress();
        } catch (UnknownHostException | SecurityException notAnAddress) {
            return false;
        }
    }
}
