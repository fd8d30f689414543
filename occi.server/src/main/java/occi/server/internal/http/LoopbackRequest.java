package occi.server.internal.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import javax.servlet.http.HttpServletRequest;
import occi.platform.auth.ProxyHeaders;

/**
 * Whether a request came from this host over loopback: both its remote and its local address
 * are loopback addresses, and no proxy header says it was forwarded for someone else (a proxy
 * on this host would otherwise make every remote client look local).
 */
final class LoopbackRequest {

    private LoopbackRequest() {}

    static boolean of(HttpServletRequest request) {
        if (ProxyHeaders.forwarded(request::getHeader)) {
            return false;
        }
        return loopbackAddress(request.getRemoteAddr()) && loopbackAddress(request.getLocalAddr());
    }

    /** The first octet of a plain IPv4 address {@code a.b.c.d} (each 0-255, 1-3 digits), or -1 for anything else. */
    static int dottedQuadFirstOctet(String address) {
        int first = -1;
        int octets = 0;
        int value = 0;
        int digits = 0;
        for (int i = 0; i <= address.length(); i++) {
            char c = i < address.length() ? address.charAt(i) : '.';
            if (c >= '0' && c <= '9') {
                value = value * 10 + (c - '0');
                if (++digits > 3 || value > 255) {
                    return -1;
                }
            } else if (c == '.' && digits > 0) {
                if (++octets == 1) {
                    first = value;
                }
                value = 0;
                digits = 0;
            } else {
                return -1;
            }
        }
        return octets == 4 ? first : -1;
    }

    /** Literal addresses only (the servlet container gives them so): no name is resolved on the request path. */
    static boolean loopbackAddress(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        int quad = dottedQuadFirstOctet(address);
        if (quad >= 0) {
            return quad == 127; // 127.0.0.0/8, the common case, without an InetAddress per request
        }
        String bare = address.replace("[", "").replace("]", "");
        if (!bare.contains(":") && !bare.chars().allMatch(c -> c == '.' || Character.isDigit(c))) {
            return false;
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException malformed) {
            return false;
        }
    }
}
