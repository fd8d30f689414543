package occi.admin.internal.stats;

import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts answers per HTTP status code: since start, and over the last {@code window}
 * minutes (one bucket per minute, reused in a ring). Thread-safe; the critical sections
 * are a few array writes.
 */
public final class StatusCounts {

    private static final int LOWEST = 100;
    private static final int CODES = 500;  // 100..599

    private final Clock clock;
    private final int window;
    private final long[] total = new long[CODES];
    private final long[][] buckets;
    private final long[] bucketMinute;

    public StatusCounts(Clock clock, int windowMinutes) {
        if (windowMinutes < 1) {
            throw new IllegalArgumentException("the window must be at least one minute, not " + windowMinutes);
        }
        this.clock = clock;
        this.window = windowMinutes;
        this.buckets = new long[windowMinutes][CODES];
        this.bucketMinute = new long[windowMinutes];
        java.util.Arrays.fill(bucketMinute, Long.MIN_VALUE);
    }

    /** Counts one answer; codes outside 100..599 are counted as 500 (a broken answer is a server error). */
    public void record(int status) {
        int code = status < LOWEST || status >= LOWEST + CODES ? 500 : status;
        long minute = minute();
        int slot = (int) Math.floorMod(minute, (long) window);
        synchronized (this) {
            if (bucketMinute[slot] != minute) {
                java.util.Arrays.fill(buckets[slot], 0);
                bucketMinute[slot] = minute;
            }
            buckets[slot][code - LOWEST]++;
            total[code - LOWEST]++;
        }
    }

    /** The minutes {@link #recent()} covers. */
    public int windowMinutes() {
        return window;
    }

    /** Answers per status code over the last {@link #windowMinutes()} minutes, by code. */
    public synchronized Map<Integer, Long> recent() {
        long now = minute();
        Map<Integer, Long> counts = new TreeMap<>();
        for (int slot = 0; slot < window; slot++) {
            if (bucketMinute[slot] > now - window && bucketMinute[slot] <= now) {
                add(counts, buckets[slot]);
            }
        }
        return counts;
    }

    /** Answers per status code since start, by code. */
    public synchronized Map<Integer, Long> sinceStart() {
        Map<Integer, Long> counts = new TreeMap<>();
        add(counts, total);
        return counts;
    }

    private static void add(Map<Integer, Long> counts, long[] perCode) {
        for (int i = 0; i < CODES; i++) {
            if (perCode[i] != 0) {
                counts.merge(i + LOWEST, perCode[i], Long::sum);
            }
        }
    }

    private long minute() {
        return Math.floorDiv(clock.millis(), 60_000L);
    }
}
