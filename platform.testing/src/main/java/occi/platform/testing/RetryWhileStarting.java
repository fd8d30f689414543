package occi.platform.testing;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.TimeUnit;

/**
 * Sends a request to a container that may not be ready for it yet, and sends it again while the
 * answer says so, until a deadline; the last answer is returned whatever it is, for the test to
 * assert on. "Not ready" is:
 * <ul>
 * <li>503, the container's start-up gate or a store still opening: tried again after its
 * {@code Retry-After} (seconds or a date; 50 ms without one), never beyond the deadline;</li>
 * <li>the JAX-RS whiteboard still deploying the application (CXF's own 404 "No service was
 * found." or its 500 from a transport whose observer is not set yet): tried again after 50 ms. The
 * whiteboard re-deploys the default application each time a JAX-RS service joins it, which
 * happens during start-up even after the first answer.</li>
 * </ul>
 * None of these answers came from the application, so even a POST is safe to send again. The
 * container is another process or another thread's server: there is no event to wait on, so this
 * polls.
 *
 * @since 1.4
 */
public final class RetryWhileStarting {

    /** The pause between tries when the answer names none. */
    static final Duration POLL = Duration.ofMillis(50);

    private RetryWhileStarting() {}

    /** Sends with the body as a string; again while the answer says the container is not ready, until {@code within} has passed. */
    public static HttpResponse<String> send(HttpClient http, HttpRequest request, Duration within)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Duration pause = notReady(response);
            long left = deadline - System.nanoTime();
            if (pause == null || left <= 0) {
                return response;
            }
            TimeUnit.NANOSECONDS.sleep(Math.min(pause.toNanos(), left));
        }
    }

    /** How long to wait before the next try when the answer says the container is not ready for it, else null. */
    static Duration notReady(HttpResponse<String> response) {
        int status = response.statusCode();
        String body = response.body() == null ? "" : response.body();
        if (status == 503) {
            Duration asked = retryAfter(response.headers().firstValue("Retry-After").orElse(null), Instant.now());
            return asked == null || asked.compareTo(POLL) < 0 ? POLL : asked;
        }
        boolean whiteboardDeploying = status == 404 && body.contains("No service was found.")
                || status == 500 && body.contains("incomingObserver");
        return whiteboardDeploying ? POLL : null;
    }

    /** {@code Retry-After} (delta-seconds, the form the container sends, or an HTTP date) as a wait from now; null for none or a malformed one. */
    static Duration retryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value.trim(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO;
            } catch (DateTimeParseException malformed) {
                return null;
            }
        }
    }
}
