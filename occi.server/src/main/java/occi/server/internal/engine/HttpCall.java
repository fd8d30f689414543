package occi.server.internal.engine;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One HTTP request as the engine sees it, independent of JAX-RS.
 *
 * @param method    the HTTP method, upper case
 * @param path      the raw path from the server's root, e.g. {@code /compute/42}
 * @param query     the decoded query parameters
 * @param headers   the headers, one entry per header line, names case-insensitive
 * @param body      the body, bounded by the adapter, empty when there is none
 * @param root      the absolute URI of the server's root, e.g. {@code http://127.0.0.1:8080/}
 * @param principal the authenticated user's name, or {@code null}
 * @param extras    what a security extension attached to the request
 */
public record HttpCall(String method, String path, Map<String, List<String>> query, Map<String, List<String>> headers,
        byte[] body, URI root, String principal, Map<String, Object> extras) {

    public HttpCall {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(root, "root");
        query = Map.copyOf(query == null ? Map.of() : query);
        TreeMap<String, List<String>> caseless = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            headers.forEach((name, values) -> caseless.computeIfAbsent(name, n -> new java.util.ArrayList<>()).addAll(values));
        }
        headers = java.util.Collections.unmodifiableMap(caseless);
        body = body == null ? new byte[0] : body;
        extras = extras == null ? Map.of() : Map.copyOf(extras);
    }

    /** Every line of a header, in order. */
    public List<String> header(String name) {
        return headers.getOrDefault(name, List.of());
    }

    /** The first line of a header, or {@code null}. */
    public String firstHeader(String name) {
        List<String> values = header(name);
        return values.isEmpty() ? null : values.get(0);
    }

    /** The first value of a query parameter, or {@code null}. */
    public String queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
