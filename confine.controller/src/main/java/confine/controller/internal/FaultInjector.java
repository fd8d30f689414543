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

    /** A random failure rate and its status, changed together. */
    private record Rate(double fraction, int status) {}

    private final AtomicLong requests = new AtomicLong();
    private final AtomicInteger drops = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile int failureStatus;
    private volatile Rate rate = new Rate(0, 0);
    private volatile Duration latency = Duration.ZERO;

    /** Counts the request, waits the latency, and says what to do with it. */
    public Fault next() throws InterruptedException {
        requests.incrementAndGet();
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
    public Faults clear() {
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
