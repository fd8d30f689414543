package occi.server.internal.progress;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import occi.api.progress.Operation;
import occi.api.progress.OperationStatus;
import occi.api.progress.OperationTracker;
import org.osgi.service.component.annotations.Component;

/**
 * The operations of this container, in memory: the running ones, and the last
 * {@value #KEPT} that finished (what an operator looking at the console after a long action
 * wants to see: how it ended). Nothing survives a restart.
 */
@Component(service = OperationTracker.class)
public class InMemoryOperationTracker implements OperationTracker {

    /** How many finished operations are kept. */
    static final int KEPT = 20;

    private final Clock clock;
    private final AtomicLong ids = new AtomicLong();
    private final Map<Long, Running> running = new ConcurrentHashMap<>();
    private final Deque<OperationStatus> finished = new ArrayDeque<>();

    public InMemoryOperationTracker() {
        this(Clock.systemUTC());
    }

    InMemoryOperationTracker(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Operation begin(String title, String principal, long total) {
        Running operation = new Running(ids.incrementAndGet(), title, principal, Math.max(0, total), clock.instant());
        running.put(operation.id, operation);
        return operation;
    }

    @Override
    public List<OperationStatus> running() {
        List<OperationStatus> now = new ArrayList<>();
        running.values().forEach(r -> now.add(r.status(null)));
        now.sort(Comparator.comparingLong(OperationStatus::id));
        return now;
    }

    @Override
    public List<OperationStatus> finished() {
        synchronized (finished) {
            return List.copyOf(finished);
        }
    }

    private void ended(Running operation) {
        OperationStatus status = operation.status(clock.instant());
        synchronized (finished) {
            finished.addFirst(status);
            while (finished.size() > KEPT) {
                finished.removeLast();
            }
        }
        running.remove(operation.id);
    }

    private final class Running implements Operation {
        private final long id;
        private final String title;
        private final String principal;
        private final long total;
        private final Instant started;
        private final AtomicLong done = new AtomicLong();
        private final AtomicReference<String> failure = new AtomicReference<>();
        private final AtomicBoolean closed = new AtomicBoolean();

        Running(long id, String title, String principal, long total, Instant started) {
            this.id = id;
            this.title = title;
            this.principal = principal;
            this.total = total;
            this.started = started;
        }

        @Override
        public long id() {
            return id;
        }

        @Override
        public void advance(long members) {
            if (members > 0) {
                done.addAndGet(members);
            }
        }

        @Override
        public void reached(long count) {
            done.accumulateAndGet(count, Math::max);
        }

        @Override
        public void failed(String message) {
            failure.compareAndSet(null, message == null ? "failed" : message);
        }

        @Override
        public void close() {
            if (closed.compareAndSet(false, true)) {
                ended(this);
            }
        }

        OperationStatus status(Instant finishedAt) {
            return new OperationStatus(id, title, principal, done.get(), total, started, finishedAt, failure.get());
        }
    }
}
