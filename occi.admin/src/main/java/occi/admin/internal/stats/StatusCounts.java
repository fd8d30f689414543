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

    /**
     * Answers per status class in each of the last {@link #windowMinutes()} minutes, oldest
     * first, the current minute last; a minute without answers is there with zeros.
     */
    public synchronized java.util.List<Minute> lastMinutes() {
        long now = minute();
        java.util.List<Minute> minutes = new java.util.ArrayList<>(window);
        for (long m = now - window + 1; m <= now; m++) {
            int slot = (int) Math.floorMod(m, (long) window);
            long[] classes = new long[5];
            if (bucketMinute[slot] == m) {
                for (int i = 0; i < CODES; i++) {
                    classes[i / 100] += buckets[slot][i];
                }
            }
            minutes.add(new Minute(java.time.Instant.ofEpochSecond(m * 60), classes));
        }
        return minutes;
    }

    /**
     * One minute's answers per status class.
     *
     * @param start   when the minute began
     * @param classes answers of 1xx, 2xx, 3xx, 4xx and 5xx, at index 0 to 4
     */
    public record Minute(java.time.Instant start, long[] classes) {

        /** Answers of a class, by its first digit (1 to 5). */
        public long ofClass(int firstDigit) {
            return classes[firstDigit - 1];
        }

        public long total() {
            return java.util.Arrays.stream(classes).sum();
        }
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
