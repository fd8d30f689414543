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
            assertThat(faults.next("GET").served()).isTrue();
        }
        assertThat(faults.requests()).isEqualTo(3);
    }

    @Test
    void failuresAndDropsAreConsumedInOrderDropsFirst() throws Exception {
        faults.failNext(2, 503).dropNext(1);

        assertThat(faults.next("GET").drop()).isTrue();
        assertThat(faults.next("GET").status()).isEqualTo(503);
        assertThat(faults.next("GET").status()).isEqualTo(503);
        assertThat(faults.next("GET").served()).isTrue();
    }

    @Test
    void aRateOfOneFailsEveryRequestAndClearStopsIt() throws Exception {
        faults.failRate(1.0, 500);
        assertThat(faults.next("GET").status()).isEqualTo(500);
        assertThat(faults.next("GET").status()).isEqualTo(500);

        faults.clear();
        assertThat(faults.next("GET").served()).isTrue();
    }

    @Test
    void latencyDelaysEveryRequest() throws Exception {
        faults.latency(Duration.ofMillis(60));
        long start = System.nanoTime();
        faults.next("GET");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(60));
    }

    @Test
    void refusesStatusesThatAreNotFailuresAndBadFractions() {
        assertThatThrownBy(() -> faults.failNext(1, 200)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.failRate(1.5, 503)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> faults.latency(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void gatheredRequestsWaitUntilAllAreInAndThePeakCountsThem() throws Exception {
        faults.gather("PATCH", 3, Duration.ofMinutes(1));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            java.util.List<java.util.concurrent.Future<FaultInjector.Fault>> held = new java.util.ArrayList<>();
            for (int i = 0; i < 3; i++) {
                held.add(pool.submit(() -> faults.next("PATCH")));
            }
            assertThat(faults.next("GET").served()).isTrue(); // another method is not held
            for (var f : held) {
                assertThat(f.get(1, java.util.concurrent.TimeUnit.MINUTES).served()).isTrue();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(faults.peakConcurrent("PATCH")).isEqualTo(3);
        faults.done("PATCH");
        faults.done("PATCH");
        faults.done("PATCH");
        faults.next("PATCH"); // the gathering is over: served at once
        assertThat(faults.peakConcurrent("PATCH")).isEqualTo(3);
        faults.clear();
        assertThat(faults.peakConcurrent("PATCH")).isZero();
    }
}
