package occi.platform.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock a test moves by hand, so that rules over time (lockouts, sliding windows, ages)
 * are tested without waiting. Always in UTC.
 *
 * <pre>
 * SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
 * LoginBackoff backoff = new LoginBackoff(clock, 3, Duration.ofSeconds(8));
 * clock.advance(Duration.ofSeconds(9));
 * </pre>
 */
public final class SettableClock extends Clock {

    private volatile Instant now;

    public SettableClock(Instant start) {
        this.now = start;
    }

    /** Moves the clock on (or back, for a negative duration). */
    public void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same clock: a test's code reads instants, not local times. */
    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
