package confine.controller.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FaultInjectorTest {

    final FaultInjector faults = new FaultInjector();

    @Test
    void servesEveryRequestByDefaultAndCountsThem() throws Exception {
        for (int i = 0; i < 3; i++) {
            assertThat(faults.next().served()).isTrue();
        }
        assertThat(faults.requests()).isEqualTo(3);
    }

    @Test
    void failuresAndDropsAreConsumedInOrderDropsFirst() throws Exception {
        faults.failNext(2, 503).dropNext(1);

        assertThat(faults.next().drop()).isTrue();
        assertThat(faults.next().status()).isEqualTo(503);
        assertThat(faults.next().status()).isEqualTo(503);
        assertThat(faults.next().served()).isTrue();
    }

    @Test
    void aRateOfOneFailsEveryRequestAndClearStopsIt() throws Exception {
        faults.failRate(1.0, 500);
        assertThat(faults.next().status()).isEqualTo(500);
        assertThat(faults.next().status()).isEqualTo(500);

        faults.clear();
        assertThat(faults.next().served()).isTrue();
    }

    @Test
    void latencyDelaysEveryRequest() throws Exception {
        faults.latency(Duration.ofMillis(60));
        long start = System.nanoTime();
        faults.next();
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
    }

    @Test
    void refusesStatusesThatAreNotFailuresAndBadFractions() {
        assertThatThrownBy(() -> faults.failNext(1, 200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.failRate(1.5, 503)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.latency(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }
}
