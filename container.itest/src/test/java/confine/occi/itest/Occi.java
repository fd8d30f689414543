package confine.occi.itest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;

/**
 * A small OCCI client over the JDK's HttpClient, and a deadline-bound wait for an answer
 * that is asked again whenever a service changes (a backend coming or going) and at most
 * every 200 ms (the controller's freshness window).
 */
final class Occi {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final String TEXT = "text/plain";
    static final String JSON = "application/occi+json";

    private final HttpClient http;
    private final BundleContext context;
    final URI endpoint;
    /** The {@code Authorization} header of every request, or null for anonymous requests. */
    private final String authorization;
    /** One more header of every request (name, value), or null. */
    private final String[] extraHeader;

    Occi(BundleContext context, URI endpoint) {
        this(HttpClient.newHttpClient(), context, endpoint, null, null);
    }

    private Occi(HttpClient http, BundleContext context, URI endpoint, String authorization, String[] extraHeader) {
        this.http = http;
        this.context = context;
        this.endpoint = endpoint;
        this.authorization = authorization;
        this.extraHeader = extraHeader;
    }

    /** The same client, authenticated as an OCCI user with HTTP Basic. */
    Occi as(String user, String password) {
        String basic = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return new Occi(http, context, endpoint, "Basic " + basic, extraHeader);
    }

    /** The same client, sending one more header with every request. */
    Occi withHeader(String name, String value) {
        return new Occi(http, context, endpoint, authorization, new String[] {name, value});
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(endpoint.resolve(path.substring(1))).timeout(TIMEOUT);
        if (extraHeader != null) {
            builder.header(extraHeader[0], extraHeader[1]);
        }
        return authorization == null ? builder : builder.header("Authorization", authorization);
    }

    HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(request(path).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String type, String body) throws Exception {
        return http.send(request(path).header("Accept", type).header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> delete(String path) throws Exception {
        return http.send(request(path).header("Accept", TEXT).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Invokes an action without attributes, in text/plain. */
    HttpResponse<String> action(String path, String actionTypeId) throws Exception {
        int hash = actionTypeId.indexOf('#');
        String body = "Category: " + actionTypeId.substring(hash + 1) + "; scheme=\"" + actionTypeId.substring(0, hash + 1)
                + "\"; class=\"action\"\n";
        return post(path + "?action=" + actionTypeId.substring(hash + 1), TEXT, body);
    }

    /** Invokes an action without attributes, in JSON. */
    HttpResponse<String> actionJson(String path, String actionTypeId) throws Exception {
        return post(path + "?action=" + actionTypeId.substring(actionTypeId.indexOf('#') + 1), JSON, "{\"action\": \"" + actionTypeId + "\"}");
    }

    /** The first answer to GET {@code path} that meets {@code expected}; fails after {@link #TIMEOUT}. */
    HttpResponse<String> await(String path, String accept, Predicate<HttpResponse<String>> expected) throws Exception {
        Semaphore changed = new Semaphore(0);
        ServiceListener listener = event -> {
            if (event.getType() != ServiceEvent.MODIFIED_ENDMATCH) {
                changed.release();
            }
        };
        context.addServiceListener(listener);
        try {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (true) {
                HttpResponse<String> response = get(path, accept);
                if (expected.test(response)) {
                    return response;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(path + " still answers " + response.statusCode() + " after " + TIMEOUT + ": " + response.body());
                }
                changed.tryAcquire(Math.min(left, TimeUnit.MILLISECONDS.toNanos(200)), TimeUnit.NANOSECONDS);
            }
        } finally {
            context.removeServiceListener(listener);
        }
    }

    /** Waits until the query interface lists (or no longer lists) a category term of a scheme. */
    HttpResponse<String> awaitCategory(String term, String scheme, boolean present) throws Exception {
        String line = "Category: " + term + "; scheme=\"" + scheme + "\"";
        return await("/-/", TEXT, r -> r.statusCode() == 200 && r.body().contains(line) == present);
    }
}
