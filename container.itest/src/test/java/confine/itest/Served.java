package confine.itest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceListener;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;

/**
 * Waits, with a deadline, until a URL answers as expected: asked again whenever the JAX-RS
 * runtime reports a change, and at most every 200 ms, since the whiteboard may still be wiring
 * an application the runtime already lists (a 404 in between).
 */
final class Served {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final long RECHECK_MILLIS = 200;

    private Served() {}

    /** The first 200 answer of {@code url}. */
    static HttpResponse<String> await(BundleContext context, HttpClient http, URI url) throws Exception {
        return until(context, http, url, status -> status == 200);
    }

    /**
     * The first answer of {@code url} that does not come from a CONFINE controller (no
     * {@code base} relation in its Link header). Other services of the container may still
     * answer the path: the OCCI server at {@code /} lists any path ending in '/'.
     */
    static HttpResponse<String> awaitGone(BundleContext context, HttpClient http, URI url) throws Exception {
        return untilResponse(context, http, url, response -> response.headers().allValues("Link").stream()
                .noneMatch(link -> link.contains("http://confine-project.eu/rel/server/base")));
    }

    private static HttpResponse<String> until(BundleContext context, HttpClient http, URI url,
            java.util.function.IntPredicate expected) throws Exception {
        return untilResponse(context, http, url, response -> expected.test(response.statusCode()));
    }

    private static HttpResponse<String> untilResponse(BundleContext context, HttpClient http, URI url,
            Predicate<HttpResponse<String>> expected) throws Exception {
        Semaphore changed = new Semaphore(0);
        ServiceListener listener = event -> {
            if (event.getType() == ServiceEvent.MODIFIED) {
                changed.release();
            }
        };
        try {
            context.addServiceListener(listener, "(" + Constants.OBJECTCLASS + "=" + JaxrsServiceRuntime.class.getName() + ")");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
        try {
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (true) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(url).timeout(TIMEOUT).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (expected.test(response)) {
                    return response;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new AssertionError(url + " still answers " + response.statusCode() + " after " + TIMEOUT);
                }
                changed.tryAcquire(Math.min(left, TimeUnit.MILLISECONDS.toNanos(RECHECK_MILLIS)), TimeUnit.NANOSECONDS);
            }
        } finally {
            context.removeServiceListener(listener);
        }
    }
}
