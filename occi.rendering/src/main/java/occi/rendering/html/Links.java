package occi.rendering.html;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import occi.api.rendering.RenderContext;

/**
 * The hrefs the pages write: OCCI locations ({@code /compute/42}, relative to the server's
 * base) become paths under the base's own path, so the pages keep working behind a proxy
 * that maps the host. A link's target may be any URI a client chose: only http(s) targets
 * become hrefs, anything else ({@code javascript:}, {@code data:}) is shown as text.
 */
final class Links {

    static final String QUERY_INTERFACE = "/-/";

    private final String basePath;

    Links(RenderContext context) {
        String path = context.base().getRawPath();
        this.basePath = path == null || path.isEmpty() ? "/" : (path.endsWith("/") ? path : path + "/");
    }

    /** The href of a location of this server, e.g. {@code /compute/42} under base {@code /occi/} gives {@code /occi/compute/42}. */
    String href(String location) {
        String relative = location.startsWith("/") ? location.substring(1) : location;
        return basePath + relative;
    }

    /** The href of a location with a query string built from name/value pairs, each encoded. */
    String href(String location, String... query) {
        StringBuilder href = new StringBuilder(href(location));
        char separator = location.contains("?") ? '&' : '?';
        for (int i = 0; i + 1 < query.length; i += 2) {
            href.append(separator).append(encode(query[i])).append('=').append(encode(query[i + 1]));
            separator = '&';
        }
        return href.toString();
    }

    String queryInterface() {
        return href(QUERY_INTERFACE);
    }

    /** The href of a link target: a local location, an http(s) URI, or {@code null} when it must not be followed. */
    String target(String target) {
        if (target == null) {
            return null;
        }
        if (target.startsWith("/") && !target.startsWith("//")) {
            return href(target);
        }
        return external(target);
    }

    /** The URI itself when it is an absolute http(s) URI, else {@code null}. */
    static String external(String uri) {
        try {
            URI parsed = new URI(uri);
            String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && parsed.getHost() != null ? parsed.toString() : null;
        } catch (URISyntaxException notAUri) {
            return null; // shown as text only
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
