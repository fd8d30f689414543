package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The registry comes back by itself: growing, bounded waits while its database stays closed, told once per change. */
class ReopenerTest {

    private final List<String> told = new ArrayList<>();
    private final AtomicBoolean failed = new AtomicBoolean(true);
    private final AtomicBoolean databaseOpen = new AtomicBoolean();
    private final AtomicInteger reopened = new AtomicInteger();
    private final Reopener reopener = new Reopener(() -> failed.get() ? Optional.of("its database file is held by another process")
            : Optional.empty(), () -> {
                if (!databaseOpen.get()) {
                    throw new SQLException("Database may be already in use");
                }
            }, () -> {
                reopened.incrementAndGet();
                failed.set(false);
            }, told::add);

    @Test
    void whileTheDatabaseStaysClosedTheWaitDoublesUpToItsBoundAndIsToldOnce() {
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            waits.add(reopener.step());
        }
        assertThat(waits).extracting(Duration::toSeconds).containsExactly(1L, 2L, 4L, 8L, 16L, 20L, 20L, 20L);
        assertThat(told).singleElement().asString().contains("cannot open", "held by another process", "503");
        assertThat(reopened).hasValue(0);
    }

    @Test
    void onceTheDatabaseOpensTheRegistryIsReopenedAndTheWaitStartsAgain() {
        reopener.step();
        reopener.step();
        databaseOpen.set(true);

        assertThat(reopener.step()).isEqualTo(Reopener.FIRST);
        assertThat(reopened).hasValue(1);
        assertThat(told).hasSize(2).last().asString().contains("opened anew");

        // serving: nothing to do, nothing told
        assertThat(reopener.step()).isEqualTo(Reopener.MOST);
        assertThat(told).hasSize(2);

        // it fails again later: told again, from the first wait
        failed.set(true);
        databaseOpen.set(false);
        assertThat(reopener.step()).isEqualTo(Reopener.FIRST);
        assertThat(told).hasSize(3);
    }

    @Test
    void nothingIsTriedWhileTheRegistryServes() {
        failed.set(false);
        assertThat(reopener.step()).isEqualTo(Reopener.MOST);
        assertThat(told).isEmpty();
        assertThat(reopened).hasValue(0);
    }
}
