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

    /** Literal addresses only (the servlet container gives them so): no name is resolved on the request path. */
    static boolean loopbackAddress(String address) {
        if (address == null || address.isBlank()) {
            return false;
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
