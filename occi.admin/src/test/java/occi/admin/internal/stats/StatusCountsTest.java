package occi.admin.internal.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import occi.platform.testing.SettableClock;
import org.junit.jupiter.api.Test;

class StatusCountsTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:30Z"));
    private final StatusCounts counts = new StatusCounts(clock, 15);

    @Test
    void countsEachStatusCodeRecentlyAndSinceStart() {
        counts.record(200);
        counts.record(200);
        counts.record(404);
        assertThat(counts.recent()).containsExactly(Map.entry(200, 2L), Map.entry(404, 1L));
        assertThat(counts.sinceStart()).isEqualTo(counts.recent());
    }

    @Test
    void forgetsAnswersOlderThanTheWindowButKeepsTheTotal() {
        counts.record(500);
        clock.advance(Duration.ofMinutes(14));
        counts.record(201);
        assertThat(counts.recent()).containsOnlyKeys(500, 201);
        clock.advance(Duration.ofMinutes(1));
        assertThat(counts.recent()).containsOnlyKeys(201);
        clock.advance(Duration.ofMinutes(20));
        counts.record(201);  // reuses the ring slot of an old minute: the old counts must not leak in
        assertThat(counts.recent()).containsExactly(Map.entry(201, 1L));
        assertThat(counts.sinceStart()).containsExactly(Map.entry(201, 2L), Map.entry(500, 1L));
    }

    @Test
    void countsAnImpossibleStatusAsAServerError() {
        counts.record(42);
        counts.record(700);
        assertThat(counts.sinceStart()).containsExactly(Map.entry(500, 2L));
    }

    @Test
    void refusesAnEmptyWindow() {
        assertThatIllegalArgumentException().isThrownBy(() -> new StatusCounts(clock, 0));
    }
}
