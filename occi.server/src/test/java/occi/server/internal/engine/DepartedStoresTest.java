package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import occi.platform.testing.SettableClock;
import org.junit.jupiter.api.Test;

class DepartedStoresTest {

    private final SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final DepartedStores departed = new DepartedStores(clock);

    @Test
    void aPathBelowARememberedSpaceIsCoveredUntilTheSpaceIsServedAgain() {
        departed.remember(List.of("/testbed/node/", "/testbed/slice/"));
        assertThat(departed.covering("/testbed/node/1413")).contains("/testbed/node/");
        assertThat(departed.covering("/testbed/")).isEmpty();
        assertThat(departed.covering("/compute/1")).isEmpty();

        departed.forget(location -> location.startsWith("/testbed/node/"));
        assertThat(departed.covering("/testbed/node/1413")).isEmpty();
        assertThat(departed.covering("/testbed/slice/7")).contains("/testbed/slice/");
    }

    @Test
    void spacesAreForgottenWhenTooOld() {
        departed.remember(List.of("/gone/"));
        clock.advance(DepartedStores.MAX_AGE.minusSeconds(1));
        assertThat(departed.spaces()).containsExactly("/gone/");
        assertThat(departed.covering("/gone/1")).isPresent();
        clock.advance(Duration.ofSeconds(2));
        assertThat(departed.spaces()).isEmpty();
        assertThat(departed.covering("/gone/1")).isEmpty();
        assertThat(departed.size()).isZero();
    }

    @Test
    void theOldestSpacesGoFirstBeyondTheBound() {
        departed.remember(IntStream.range(0, DepartedStores.MAX_SPACES + 10).mapToObj(i -> "/s" + i + "/").toList());
        assertThat(departed.size()).isEqualTo(DepartedStores.MAX_SPACES);
        assertThat(departed.covering("/s0/x")).isEmpty();
        assertThat(departed.covering("/s" + (DepartedStores.MAX_SPACES + 9) + "/x")).isPresent();
    }
}
