package confine.controller.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import occi.platform.auth.ProxyHeaders;

/**
 * One HTTP request as the controller's core sees it, whatever server received it.
 *
 * @param base the absolute URL of the API base for this request (its scheme, host and port
 *        plus the configured base path), e.g. {@code http://127.0.0.1:8080/confine/api/}
 * @param path the path below the base, e.g. {@code nodes/1413/} (empty for the base)
 * @param rawQuery the query string as sent, or null
 * @param headers by lower-case name
 * @param content the body, read when first asked for ({@link #body()})
 * @param exposed whether the request came over a listener that is not loopback-only, or
 *        through a proxy (it carries {@code Forwarded}, {@code X-Forwarded-For} or
 *        {@code X-Real-IP}: a proxy on this host may serve clients anywhere): the sample users
 *        are then refused, and users are not listed to anonymous callers
 * @param client the connection's remote address (empty when the server does not say); the
 *        failed-login backoff counts the client a proxy on this host names instead
 *        ({@link ProxyHeaders#client})
 */
public record ApiRequest(String method, URI base, String path, String rawQuery, Map<String, List<String>> headers,
        RequestBody content, boolean exposed, String client) {

    /** A request with its body in memory, over loopback, from an unknown client. */
    public ApiRequest(String method, URI base, String path, String rawQuery, Map<String, List<String>> headers, byte[] body) {
        this(method, base, path, rawQuery, headers, body == null ? null : RequestBody.of(body), false, "");
    }

    public ApiRequest {
        method = method.toUpperCase(Locale.ROOT);
        path = path.startsWith("/") ? path.substring(1) : path;
        Map<String, List<String>> lower = new LinkedHashMap<>();
        headers.forEach((name, values) -> lower.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>()).addAll(values));
        headers = lower;
        exposed = exposed || ProxyHeaders.forwarded(name -> present(lower, name));
        content = content == null ? RequestBody.EMPTY : content;
        client = client == null ? "" : client;
    }

    /** The body, read now if it has not been (413 past the size limit). */
    public byte[] body() {
        return content.bytes();
    }

    /** The first value of a header, or null. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** The decoded query parameters, first value of each, in the order sent. */
    public Map<String, String> query() {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery != null && !rawQuery.isEmpty()) {
            for (String pair : rawQuery.split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                    params.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
        }
        return params;
    }

    /** Any value (empty when the header came without one) if the request has the header, else null. */
    private static String present(Map<String, List<String>> lowerCaseHeaders, String name) {
        List<String> values = lowerCaseHeaders.get(name.toLowerCase(Locale.ROOT));
        return values == null ? null : values.stream().filter(Objects::nonNull).findFirst().orElse("");
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
