package confine.controller;

import java.time.Duration;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Latency and failures injected into the controller's HTTP answers, for tests and benchmarks.
 * Every request first waits the latency; then a pending drop closes its connection without an
 * answer, a pending or random failure answers with the failure's status and a JSON
 * {@code detail}, and otherwise the request is served. Counts are consumed in arrival order.
 *
 * <pre>
 * controller.faults().failNext(1, 503);   // next request: 503
 * controller.faults().dropNext(1);        // then one dropped connection
 * controller.faults().clear();
 * </pre>
 */
@ProviderType
public interface Faults {

    /** Every request waits this long before it is served ({@link Duration#ZERO} for none). */
    Faults latency(Duration latency);

    /** The next {@code count} requests answer {@code status} (a 4xx or 5xx) without being served. */
    Faults failNext(int count, int status);

    /** From now on a random {@code fraction} (0 to 1) of the requests answer {@code status}. */
    Faults failRate(double fraction, int status);

    /** The next {@code count} requests have their connection closed without an answer. */
    Faults dropNext(int count);

    /**
     * The next {@code count} requests with this HTTP method are held, each until all
     * {@code count} are in the controller at once (or {@code atMost} has passed), then
     * served: a client that sends them one after another waits {@code atMost} for each, one
     * that sends them concurrently not at all; {@link #peakConcurrent} tells which happened.
     */
    Faults gather(String method, int count, Duration atMost);

    /** The most requests with this HTTP method the controller has served at once since it started or was {@linkplain #clear() cleared}. */
    int peakConcurrent(String method);

    /** No latency, no pending or random failures, no drops, no gathering; the concurrency peaks start again from 0. */
    Faults clear();

    /** How many requests the controller received since it started (served or not). */
    long requests();
}
