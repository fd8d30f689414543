package occi.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class Manual extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final Manual clock = new Manual();
    final LoginThrottle throttle = new LoginThrottle(clock, 3, Duration.ofSeconds(60));

    @Test
    void afterTheFreeFailuresEachFailureDoublesTheLockoutUpToTheMaximum() {
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.failed("192.0.2.1")).isZero();
            assertThat(throttle.lockedOut("192.0.2.1")).isEmpty();
        }
        assertThat(throttle.failed("192.0.2.1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.lockedOut("192.0.2.1")).hasValue(Duration.ofSeconds(1));
        clock.now = clock.now.plusSeconds(1);
        assertThat(throttle.lockedOut("192.0.2.1")).isEmpty();
        assertThat(throttle.failed("192.0.2.1")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.lockout(20)).isEqualTo(Duration.ofSeconds(60));
    }

    @Test
    void otherClientsAreNotAffectedAndSuccessForgets() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("192.0.2.1");
        }
        assertThat(throttle.lockedOut("192.0.2.1")).isPresent();
        assertThat(throttle.lockedOut("192.0.2.2")).isEmpty();

        throttle.succeeded("192.0.2.1");
        assertThat(throttle.lockedOut("192.0.2.1")).isEmpty();
        assertThat(throttle.failed("192.0.2.1")).as("counting starts again").isZero();
    }

    @Test
    void aQuietClientIsForgotten() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("192.0.2.1");
        }
        clock.now = clock.now.plusSeconds(120);
        assertThat(throttle.failed("192.0.2.1")).as("the first failure of a new round").isZero();
    }
}
