package confine.orm.internal.occi;

import confine.orm.ResponseStatusException;
import java.time.Duration;

/**
 * Whether a failed read of the controller deserves a warning. A controller that answers 503 is
 * there but not serving yet: the local controller answers so while the container it runs in is
 * still starting (the platform refuses every request until it is up), a remote one while it is
 * briefly overloaded. The next periodic read retries anyway, so such answers are told at INFO for
 * a bounded time from the first one; only when they go on past it, or for any other failure, is a
 * warning due. A read that succeeds starts the count anew.
 */
final class StartingGrace {

    /** Longer than the container takes to start on a loaded machine. */
    static final Duration GRACE = Duration.ofSeconds(60);

    private final long graceNanos;
    /** When the current run of 503 answers began (System.nanoTime); none while reads succeed. */
    private Long unavailableSince;

    StartingGrace(Duration grace) {
        this.graceNanos = grace.toNanos();
    }

    /** Whether this failure, at {@code nowNanos}, is a 503 still within the grace period. */
    synchronized boolean quiet(Throwable failure, long nowNanos) {
        if (!unavailable(failure)) {
            return false;
        }
        if (unavailableSince == null) {
            unavailableSince = nowNanos;
        }
        return nowNanos - unavailableSince < graceNanos;
    }

    /** A read succeeded. */
    synchronized void served() {
        unavailableSince = null;
    }

    /** Whether the controller itself answered 503 (anywhere in the cause chain: the OCCI mapping wraps it). */
    static boolean unavailable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ResponseStatusException status && status.status() == 503) {
                return true;
            }
        }
        return false;
    }
}
