package occi.platform.runtime.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Cross-site request forgery protection for every servlet context (the OCCI server's HTML forms
 * and {@code ?_method=} override, the web console, the local CONFINE controller). A browser sends
 * a "simple" request to another site without asking first (no CORS preflight), with the user's
 * Basic credentials: a POST whose body is a form, multipart, plain text or nothing. Such a request
 * is served only when it comes from the server's own origin: its {@code Origin} header (or, when a
 * browser sends none, its {@code Referer}) must name the scheme, host and port the request was sent
 * to. A request with neither header is not from a browser page (curl, OCCI clients) and passes.
 * A cross-origin one gets 403 with a message saying why; nothing is changed.
 */
@Component(service = Filter.class, property = Constants.SERVICE_RANKING + ":Integer=" + SameOriginFilter.RANKING)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
@HttpWhiteboardFilterPattern("/*")
public class SameOriginFilter implements Filter {

    /** After the exposure guard, ahead of everything else. */
    static final int RANKING = 1000;

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            Optional<String> refusal = refusal(http.getMethod(), http.getContentType(), http.getHeader("Origin"),
                    http.getHeader("Referer"), http.getScheme(), http.getHeader("Host"));
            if (refusal.isPresent()) {
                answer.setStatus(HttpServletResponse.SC_FORBIDDEN);
                answer.setContentType("text/plain;charset=UTF-8");
                byte[] body = refusal.get().getBytes(StandardCharsets.UTF_8);
                answer.setContentLength(body.length);
                answer.getOutputStream().write(body);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** Why the request is refused, or empty when it may be served. */
    static Optional<String> refusal(String method, String contentType, String origin, String referer, String scheme, String host) {
        if (!sentWithoutPreflight(method, contentType)) {
            return Optional.empty();
        }
        String own = origin(scheme, host);
        if (origin != null) {
            String from = normalized(origin);
            return from != null && from.equals(own) ? Optional.empty()
                    : Optional.of("Cross-origin form posts are refused: the request comes from " + origin.strip()
                            + ", not from " + own + " (Origin header). Send it from this server's own pages, or without a browser.");
        }
        if (referer != null) {
            String from = normalized(referer);
            return from != null && from.equals(own) ? Optional.empty()
                    : Optional.of("Cross-origin form posts are refused: the request comes from a page of "
                            + (from == null ? "an unknown origin" : from) + ", not of " + own + " (Referer header).");
        }
        return Optional.empty(); // no browser page sent it
    }

    /**
     * Whether a browser page may send this request to another origin without a CORS preflight:
     * POST with a form, multipart, plain-text or no body (other methods and types need one).
     */
    static boolean sentWithoutPreflight(String method, String contentType) {
        if (!"POST".equalsIgnoreCase(method)) {
            return false;
        }
        if (contentType == null || contentType.isBlank()) {
            return true;
        }
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals("application/x-www-form-urlencoded") || type.equals("multipart/form-data") || type.equals("text/plain");
    }

    /** The origin the request was sent to, from its scheme and Host header, with the port always given. */
    static String origin(String scheme, String host) {
        return normalized(scheme + "://" + (host == null ? "" : host.strip()));
    }

    /** {@code scheme://host:port} of a URL or an origin, lower case, default port made explicit; null if it is not one. */
    static String normalized(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
            int port = uri.getPort() >= 0 ? uri.getPort() : scheme.equals("https") ? 443 : scheme.equals("http") ? 80 : -1;
            return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (java.net.URISyntaxException notAUrl) {
            return null; // "null" (a sandboxed or file page) and anything malformed are foreign
        }
    }
}
