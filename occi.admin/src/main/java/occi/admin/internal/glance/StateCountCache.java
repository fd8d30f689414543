package occi.admin.internal.glance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Per-state counts that never keep the console page waiting long. Counting entities per
 * state costs a query per state and source: milliseconds through the JDBC registry's state
 * index even with 100 000 entities, but seconds in a registry or entity store that has to
 * read its entities to count them (the JDBC registry before its V8 schema took 8 s per state
 * for 40 000 of 100 000 computes on H2).
 * So the page waits at most {@link #WAIT} for a count; one that takes longer goes on in the
 * background, and the page shows the last finished count and how old it is. A count that was
 * slow is reused for five times as long as it took (at least {@link #MIN_REUSE}, at most
 * {@link #MAX_REUSE}) before the next one starts, so counting keeps the database busy a sixth
 * of the time at most; a fast one is made afresh at every load, so a small container's page
 * is exact.
 */
public final class StateCountCache {

    public static final Duration WAIT = Duration.ofMillis(1500);
    public static final Duration MIN_REUSE = Duration.ofSeconds(5);
    public static final Duration MAX_REUSE = Duration.ofMinutes(2);

    /** A finished count, when it finished, how long it took and whether that was longer than the page waits. */
    public record Snapshot(EntityIndex.StateCounts counts, Instant finished, Duration took, boolean slow) {

        /** How long a slow count is shown before the next one starts. */
        public Duration reuse() {
            Duration five = took.multipliedBy(5);
            return five.compareTo(MIN_REUSE) < 0 ? MIN_REUSE : five.compareTo(MAX_REUSE) > 0 ? MAX_REUSE : five;
        }
    }

    /** What the page shows: the counts (absent while the first is still running), and whether one is running. */
    public record Reading(Optional<Snapshot> snapshot, boolean counting) {
    }

    private final ExecutorService executor;
    private final Clock clock;
    private final Duration wait;
    private Snapshot last;
    private CompletableFuture<Snapshot> running;

    StateCountCache(ExecutorService executor, Clock clock, Duration wait) {
        this.executor = executor;
        this.clock = clock;
        this.wait = wait;
    }

    /** The counts to show now: a fresh one if it is done within the wait, else the last one. */
    Reading read(Supplier<EntityIndex.StateCounts> count) {
        CompletableFuture<Snapshot> pending;
        synchronized (this) {
            if (running == null || running.isDone()) {
                if (running != null && !running.isCompletedExceptionally()) {
                    // done, but its thenAccept may not have run yet: take its result before deciding
                    finished(running.join());
                }
                boolean reuse = last != null && last.slow() && Duration.between(last.finished(), clock.instant()).compareTo(last.reuse()) < 0;
                if (reuse) {
                    return new Reading(Optional.of(last), false);
                }
                running = CompletableFuture.supplyAsync(() -> measure(count), executor);
                running.thenAccept(this::finished);
            }
            pending = running;
        }
        try {
            Snapshot fresh = pending.get(wait.toMillis(), TimeUnit.MILLISECONDS);
            finished(fresh);
            return new Reading(Optional.of(fresh), false);
        } catch (TimeoutException e) {
            synchronized (this) {
                return new Reading(Optional.ofNullable(last), true);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while counting entities per state", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    private Snapshot measure(Supplier<EntityIndex.StateCounts> count) {
        Instant start = clock.instant();
        EntityIndex.StateCounts counts = count.get();
        Instant end = clock.instant();
        Duration took = Duration.between(start, end);
        return new Snapshot(counts, end, took, took.compareTo(wait) > 0);
    }

    private synchronized void finished(Snapshot snapshot) {
        if (last == null || !snapshot.finished().isBefore(last.finished())) {
            last = snapshot;
        }
    }
}
