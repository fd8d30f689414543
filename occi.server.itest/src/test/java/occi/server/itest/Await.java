package occi.server.itest;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;

/** A retrying poll with a deadline, for changes that reach HTTP asynchronously (a bundle's components starting). */
final class Await {

    static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Await() {}

    static void until(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + TIMEOUT + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(25).toNanos());
        }
    }
}
