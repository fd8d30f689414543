package confine.controller.internal;

import confine.controller.Faults;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Latency and failures injected into requests; see {@link Faults}. Thread-safe. */
public final class FaultInjector implements Faults {

    /** What happens to one request: served ({@link #NONE}), dropped, or answered with a status. */
    public record Fault(boolean drop, int status) {
        public static final Fault NONE = new Fault(false, 0);
        static final Fault DROP = new Fault(true, 0);

        public boolean served() {
            return !drop && status == 0;
        }
    }

    /** Requests of one method held until {@code count} are in at once. */
    private record Gather(String method, AtomicInteger left, java.util.concurrent.CountDownLatch all, Duration atMost) {}

    /** A random failure rate and its status, changed together. */
    private record Rate(double fraction, int status) {}

    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger drops = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failureStatus;
    private volatile Rate rate = new Rate(0, 0);
    private volatile Duration latency = Duration.ZERO;
    private volatile Gather gather;
    private final java.util.Map<String, AtomicInteger> inFlight = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.Map<String, AtomicInteger> peaks = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Counts the request (and, until {@link #done}, as one of its method in flight), waits the
     * latency and any gathering, and says what to do with it.
     */
    public Fault next(String method) throws InterruptedException {
        requests.incrementAndGet();
        int now = inFlight.computeIfAbsent(method, m -> new AtomicInteger()).incrementAndGet();
        peaks.computeIfAbsent(method, m -> new AtomicInteger()).accumulateAndGet(now, Math::max);
        Gather g = gather;
        if (g != null && g.method().equals(method) && takeOne(g.left())) {
            g.all().countDown();
            g.all().await(g.atMost().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        Duration wait = latency;
        if (!wait.isZero()) {
            Thread.sleep(wait.toMillis(), wait.toNanosPart() % 1_000_000);
        }
        if (takeOne(drops)) {
            return Fault.DROP;
        }
        int status = failureStatus;
        if (takeOne(failures)) {
            return new Fault(false, status);
        }
        Rate current = rate;
        if (current.fraction() > 0 && ThreadLocalRandom.current().nextDouble() < current.fraction()) {
            return new Fault(false, current.status());
        }
        return Fault.NONE;
    }

    /** The request {@link #next} counted has been answered. */
    public void done(String method) {
        inFlight.get(method).decrementAndGet();
    }

    private static boolean takeOne(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    @Override
    public Faults latency(Duration latency) {
        if (Objects.requireNonNull(latency, "latency").isNegative()) {
            throw new IllegalArgumentException("negative latency " + latency);
        }
        this.latency = latency;
        return this;
    }

    @Override
    public Faults failNext(int count, int status) {
        checkStatus(status);
        failureStatus = status;
        failures.set(Math.max(0, count));
        return this;
    }

    @Override
    public Faults failRate(double fraction, int status) {
        checkStatus(status);
        if (!(fraction >= 0 && fraction <= 1)) {
            throw new IllegalArgumentException("fraction must be between 0 and 1: " + fraction);
        }
        rate = new Rate(fraction, status);
        return this;
    }

    @Override
    public Faults dropNext(int count) {
        drops.set(Math.max(0, count));
        return this;
    }

    @Override
    public Faults gather(String method, int count, Duration atMost) {
        if (count < 1 || Objects.requireNonNull(atMost, "atMost").isNegative()) {
            throw new IllegalArgumentException("gather needs a count of 1 or more and a wait: " + count + ", " + atMost);
        }
        gather = new Gather(Objects.requireNonNull(method, "method"), new AtomicInteger(count),
                new java.util.concurrent.CountDownLatch(count), atMost);
        return this;
    }

    @Override
    public int peakConcurrent(String method) {
        AtomicInteger peak = peaks.get(method);
        return peak == null ? 0 : peak.get();
    }

    @Override
    public Faults clear() {
        Gather g = gather;
        gather = null;
        if (g != null) {
            while (g.all().getCount() > 0) {
                g.all().countDown(); // let held requests go
            }
        }
        peaks.clear();
        latency = Duration.ZERO;
        drops.set(0);
        failures.set(0);
        rate = new Rate(0, 0);
        return this;
    }

    @Override
    public long requests() {
        return requests.get();
    }

    private static void checkStatus(int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an injected failure needs a 4xx or 5xx status, not " + status);
        }
    }
}
