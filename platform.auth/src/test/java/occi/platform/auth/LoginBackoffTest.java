package occi.platform.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import occi.platform.testing.SettableClock;
import org.junit.jupiter.api.Test;

class LoginBackoffTest {

    final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    final LoginBackoff backoff = new LoginBackoff(clock, 3, Duration.ofSeconds(8));

    @Test
    void theFreeFailuresStartNoLockout() {
        for (int i = 0; i < 3; i++) {
            assertThat(backoff.failed("10.0.0.1")).isZero();
            assertThat(backoff.wait("10.0.0.1")).isEmpty();
        }
    }

    @Test
    void eachFurtherFailureDoublesTheLockoutUpToTheMaximum() {
        for (int i = 0; i < 3; i++) {
            backoff.failed("10.0.0.1");
        }
        for (long expected : new long[] {1, 2, 4, 8, 8}) {
            assertThat(backoff.failed("10.0.0.1")).isEqualTo(Duration.ofSeconds(expected));
            assertThat(backoff.wait("10.0.0.1")).contains(Duration.ofSeconds(expected));
            clock.advance(Duration.ofSeconds(expected));
            assertThat(backoff.wait("10.0.0.1")).as("over after " + expected + " s").isEmpty();
        }
    }

    @Test
    void oneClientsFailuresDoNotLockOutAnother() {
        for (int i = 0; i < 10; i++) {
            backoff.failed("10.0.0.1");
        }
        assertThat(backoff.wait("10.0.0.1")).isPresent();
        assertThat(backoff.wait("10.0.0.2")).isEmpty();
        assertThat(backoff.failed("10.0.0.2")).isZero();
    }

    @Test
    void aSuccessOrAQuietPeriodForgetsTheFailures() {
        for (int i = 0; i < 3; i++) {
            backoff.failed("a");
            backoff.failed("b");
        }
        backoff.succeeded("a");
        assertThat(backoff.failed("a")).as("counting starts afresh").isZero();

        clock.advance(Duration.ofSeconds(9)); // longer than the longest lockout
        assertThat(backoff.failed("b")).isZero();
    }

    @Test
    void theTableOfClientsIsBounded() {
        for (int i = 0; i < LoginBackoff.MAX_CLIENTS + 50; i++) {
            backoff.failed("client-" + i);
        }
        assertThat(backoff.remembered()).isLessThanOrEqualTo(LoginBackoff.MAX_CLIENTS);
    }

    @Test
    void longFailureRunsStayAtTheMaximum() {
        assertThat(backoff.lockout(20)).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.lockout(1_000)).as("no overflow").isEqualTo(Duration.ofSeconds(8));
    }

    @Test
    void aNegativeCountOrALockoutUnderASecondIsRefused() {
        assertThatThrownBy(() -> new LoginBackoff(clock, -1, Duration.ofSeconds(8))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LoginBackoff(clock, 3, Duration.ofMillis(999))).isInstanceOf(IllegalArgumentException.class);
    }
}
