package confine.orm.internal.http;

import java.net.URI;
import java.net.http.HttpRequest.BodyPublisher;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One request to make: method, URI, an optional body (a supplier, so a retry sends
 * it again) with its content type, and the status codes that mean success.
 */
public record Call(String method, URI uri, Supplier<BodyPublisher> body, String contentType, List<Integer> expected) {

    private static final Set<String> IDEMPOTENT = Set.of("GET", "HEAD", "PUT", "DELETE");

    public static Call get(URI uri) {
        return new Call("GET", uri, null, null, List.of(200));
    }

    /** Only GET, HEAD, PUT and DELETE are retried; a POST (an action, a creation) and a PATCH never are. */
    public boolean idempotent() {
        return IDEMPOTENT.contains(method);
    }
}
