package confine.orm.internal.http;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;

/**
 * A semaphore that never blocks a thread: {@link #acquire()} returns a future that
 * completes when a permit is free. Bounds the requests in flight to one host.
 */
public final class AsyncLimiter {

    private final int permits;
    private final Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
    private int available;
    private int peak;

    public AsyncLimiter(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("permits must be at least 1: " + permits);
        }
        this.permits = permits;
        this.available = permits;
    }

    public CompletableFuture<Void> acquire() {
        synchronized (this) {
            if (available > 0) {
                available--;
                peak = Math.max(peak, permits - available);
                return CompletableFuture.completedFuture(null);
            }
            CompletableFuture<Void> turn = new CompletableFuture<>();
            waiting.add(turn);
            return turn;
        }
    }

    public void release() {
        CompletableFuture<Void> next;
        synchronized (this) {
            next = waiting.poll();
            if (next == null) {
                if (available == permits) {
                    throw new IllegalStateException("released more permits than acquired");
                }
                available++;
                return;
            }
        }
        // Completed outside the lock: the waiter's continuation runs on this thread.
        next.complete(null);
    }

    public int permits() {
        return permits;
    }

    /** The most permits ever held at once. */
    public synchronized int peak() {
        return peak;
    }

    public synchronized int inFlight() {
        return permits - available;
    }
}
