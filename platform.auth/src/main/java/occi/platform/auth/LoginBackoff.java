package occi.platform.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A backoff on failed logins, kept per client (a remote address, or the client a proxy on this host
 * names: {@link ProxyHeaders#client}): a client may fail a few times freely; after that each
 * further failure locks it out twice as long as the one before (1 s, 2 s, 4 s, ...) up to a
 * maximum. A caller answers a locked-out client before its password is looked at (hashed), so
 * guessing neither succeeds quickly nor takes the CPU from other clients. A success forgets the
 * client, and so does a quiet period as long as the longest lockout. At most {@link #MAX_CLIENTS}
 * clients are remembered; when the table is full, those no longer locked out go first.
 *
 * @since 1.2
 */
public final class LoginBackoff {

    /** How many clients are remembered at most. */
    public static final int MAX_CLIENTS = 10_000;

    private final Clock clock;
    private final int freeFailures;
    private final Duration maxLockout;
    private final Map<String, Entry> clients = new ConcurrentHashMap<>();

    /**
     * @param clock what time it is (tests pass one they move by hand)
     * @param freeFailures how many consecutive failures start no lockout, at least 0
     * @param maxLockout the longest lockout, and the quiet period that forgets a client; at least 1 s
     * @throws IllegalArgumentException for fewer free failures or a shorter lockout
     */
    public LoginBackoff(Clock clock, int freeFailures, Duration maxLockout) {
        if (freeFailures < 0 || maxLockout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("free failures must be >= 0 and the longest lockout at least 1 s");
        }
        this.clock = clock;
        this.freeFailures = freeFailures;
        this.maxLockout = maxLockout;
    }

    /** The time the client must still wait before it may try again; empty when it may try now. */
    public Optional<Duration> wait(String client) {
        Entry entry = clients.get(client);
        Instant now = clock.instant();
        return entry == null || !entry.until().isAfter(now) ? Optional.empty() : Optional.of(Duration.between(now, entry.until()));
    }

    /** Records a failed login; answers the lockout it starts, zero while the client has free failures left. */
    public Duration failed(String client) {
        Instant now = clock.instant();
        if (clients.size() >= MAX_CLIENTS && !clients.containsKey(client)) {
            clients.values().removeIf(entry -> !entry.until().isAfter(now));
            if (clients.size() >= MAX_CLIENTS) {
                clients.keySet().stream().findAny().ifPresent(clients::remove);
            }
        }
        Entry entry = clients.compute(client, (key, before) -> {
            int failures = before == null || quiet(before, now) ? 1 : before.failures() + 1;
            return new Entry(failures, now, now.plus(lockout(failures)));
        });
        return Duration.between(now, entry.until());
    }

    /** Records a successful login: the client starts afresh. */
    public void succeeded(String client) {
        clients.remove(client);
    }

    /** The lockout after the given number of consecutive failures: zero for the free ones, then 1 s, 2 s, 4 s, ... up to the maximum. */
    public Duration lockout(int failures) {
        int beyond = failures - freeFailures;
        if (beyond <= 0) {
            return Duration.ZERO;
        }
        Duration doubled = Duration.ofSeconds(1L << Math.min(beyond - 1, 30));
        return doubled.compareTo(maxLockout) > 0 ? maxLockout : doubled;
    }

    /** How many clients are remembered now. */
    public int remembered() {
        return clients.size();
    }

    /** Long enough since the last failure, and not locked out now: the earlier failures no longer count. */
    private boolean quiet(Entry entry, Instant now) {
        return !entry.until().isAfter(now) && entry.last().plus(maxLockout).isBefore(now);
    }

    private record Entry(int failures, Instant last, Instant until) {}
}
