package occi.security.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-client backoff on failed logins: a client (a remote address) may fail a few times freely;
 * after that each further failure locks it out for twice as long as the last, up to a maximum,
 * and a locked-out client is refused before its credentials are hashed, so that password guessing
 * neither succeeds quickly nor takes the CPU from other users. A success, or a quiet period as long
 * as the maximum lockout, forgets the client. The table is bounded: when it is full, clients no
 * longer locked out are forgotten first.
 */
final class LoginThrottle {

    static final int MAX_CLIENTS = 10_000;

    private final Clock clock;
    private final int freeFailures;
    private final Duration maxLockout;
    private final Map<String, Failures> clients = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock, int freeFailures, Duration maxLockout) {
        this.clock = clock;
        this.freeFailures = Math.max(0, freeFailures);
        this.maxLockout = maxLockout.isNegative() || maxLockout.isZero() ? Duration.ofSeconds(1) : maxLockout;
    }

    /** How long the client must still wait, if it is locked out now. */
    Optional<Duration> lockedOut(String client) {
        Failures failures = clients.get(client);
        Instant now = clock.instant();
        if (failures == null || !failures.lockedUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(Duration.between(now, failures.lockedUntil()));
    }

    /** Counts a failed login; returns the lockout it starts (zero while the client still has free failures). */
    Duration failed(String client) {
        Instant now = clock.instant();
        if (clients.size() >= MAX_CLIENTS && !clients.containsKey(client)) {
            clients.values().removeIf(f -> !f.lockedUntil().isAfter(now));
            if (clients.size() >= MAX_CLIENTS) {
                clients.keySet().stream().findAny().ifPresent(clients::remove);
            }
        }
        Failures updated = clients.compute(client, (key, old) -> {
            int count = old == null || forgotten(old, now) ? 1 : old.count() + 1;
            Duration lockout = lockout(count);
            return new Failures(count, now, now.plus(lockout));
        });
        return Duration.between(now, updated.lockedUntil());
    }

    /** A successful login forgets the client's failures. */
    void succeeded(String client) {
        clients.remove(client);
    }

    /** 0 for the free failures, then 1 s, 2 s, 4 s, … up to the maximum. */
    Duration lockout(int failures) {
        int over = failures - freeFailures;
        if (over <= 0) {
            return Duration.ZERO;
        }
        Duration lockout = Duration.ofSeconds(1L << Math.min(over - 1, 30));
        return lockout.compareTo(maxLockout) > 0 ? maxLockout : lockout;
    }

    private boolean forgotten(Failures failures, Instant now) {
        return failures.last().plus(maxLockout).isBefore(now) && !failures.lockedUntil().isAfter(now);
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {}
}
