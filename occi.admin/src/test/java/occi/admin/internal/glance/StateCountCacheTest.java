package occi.admin.internal.glance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import occi.platform.testing.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Counts per state: fresh when quick, else the last ones while the next runs in the background. */
class StateCountCacheTest {

    private final ExecutorService executor = Executors.newSingleThreadExecutor();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private static EntityIndex.StateCounts counts(long active) {
        return new EntityIndex.StateCounts(Map.of("compute", Map.of("active", active)), List.of());
    }

    @Test
    void aQuickCountIsMadeAfreshAtEveryRead() {
        StateCountCache cache = new StateCountCache(executor, Clock.systemUTC(), Duration.ofSeconds(5));
        AtomicInteger made = new AtomicInteger();
        assertThat(cache.read(() -> counts(made.incrementAndGet())).snapshot().orElseThrow().counts()).isEqualTo(counts(1));
        StateCountCache.Reading second = cache.read(() -> counts(made.incrementAndGet()));
        assertThat(second.snapshot().orElseThrow().counts()).isEqualTo(counts(2));
        assertThat(second.counting()).isFalse();
    }

    @Test
    void aSlowCountGoesOnInTheBackgroundAndIsThenShownAndReused() throws Exception {
        // the count's own duration is read from this clock: on the system clock a count released
        // just after the page's wait could measure a hair under it and not count as slow
        SettableClock clock = new SettableClock(Instant.parse("2026-01-01T00:00:00Z"));
        StateCountCache cache = new StateCountCache(executor, clock, Duration.ofMillis(50));
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger made = new AtomicInteger();
        StateCountCache.Reading first = cache.read(() -> {
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            clock.advance(Duration.ofSeconds(1)); // slower than the wait, so the result counts as a slow count
            return counts(made.incrementAndGet());
        });
        assertThat(first.snapshot()).isEmpty();
        assertThat(first.counting()).isTrue();
        release.countDown();
        StateCountCache.Reading later = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && (later == null || later.snapshot().isEmpty())) {
            later = cache.read(() -> counts(made.incrementAndGet()));  // joins the running count, starts none
        }
        assertThat(later.snapshot().orElseThrow().counts()).isEqualTo(counts(1));
        assertThat(later.snapshot().get().slow()).isTrue();
        // a slow count is reused for a while: no new one starts
        assertThat(cache.read(() -> counts(made.incrementAndGet())).snapshot().orElseThrow().counts()).isEqualTo(counts(1));
        assertThat(made).hasValue(1);
    }
}
