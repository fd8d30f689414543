package occi.server.internal.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The location spaces (kind and mixin locations) of entity stores that have gone away, so
 * that a request for one answers 503 with a retry hint ("it is away, it may come back")
 * rather than 404 ("there is nothing here"). Entity stores own their entities, so when one
 * leaves the server knows nothing of them any more; only this memory says that something
 * was there. A space is forgotten when a backend serves it again, when it is older than
 * {@link #MAX_AGE}, or when more than {@link #MAX_SPACES} are remembered (oldest first):
 * a store that never returns ends as a 404, as if it had never been.
 *
 * <p>Thread-safe: remembered and forgotten under the server's model rebuilds, read by every request.
 */
public final class DepartedStores {

    /** At most this many location spaces are remembered. */
    public static final int MAX_SPACES = 256;
    /** A space is forgotten this long after its store left. */
    public static final Duration MAX_AGE = Duration.ofMinutes(15);
    /** What the client is told to wait: a restarted or reconfigured backend is usually back within seconds. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private final Clock clock;
    /** Location space → when its store left, oldest first. */
    private final LinkedHashMap<String, Instant> spaces = new LinkedHashMap<>();
    /** Whether any space is remembered: read by every request without the lock, which is taken only when some is. */
    private volatile boolean any;

    public DepartedStores() {
        this(Clock.systemUTC());
    }

    DepartedStores(Clock clock) {
        this.clock = clock;
    }

    /** A store that served these locations (e.g. {@code /testbed/node/}) has left. */
    public synchronized void remember(Collection<String> locations) {
        Instant now = clock.instant();
        for (String location : locations) {
            spaces.remove(location);
            spaces.put(location, now);
        }
        while (spaces.size() > MAX_SPACES) {
            Iterator<String> oldest = spaces.keySet().iterator();
            oldest.next();
            oldest.remove();
        }
        any = !spaces.isEmpty();
    }

    /** Forgets the spaces served again (a store for them has returned). */
    public synchronized void forget(Predicate<String> servedAgain) {
        spaces.keySet().removeIf(servedAgain);
        any = !spaces.isEmpty();
    }

    /** The remembered space a request path falls in, if any. */
    public Optional<String> covering(String path) {
        return any ? coveringNow(path) : Optional.empty();
    }

    private synchronized Optional<String> coveringNow(String path) {
        Instant expired = clock.instant().minus(MAX_AGE);
        spaces.values().removeIf(left -> left.isBefore(expired));
        any = !spaces.isEmpty();
        return spaces.keySet().stream().filter(path::startsWith).findFirst();
    }

    /** The spaces remembered now, oldest first, those older than {@link #MAX_AGE} left out (the runtime service). */
    public synchronized java.util.List<String> spaces() {
        Instant expired = clock.instant().minus(MAX_AGE);
        return spaces.entrySet().stream().filter(e -> !e.getValue().isBefore(expired)).map(java.util.Map.Entry::getKey).toList();
    }

    /** How many spaces are remembered now (diagnostics, tests). */
    public synchronized int size() {
        return spaces.size();
    }

    /** A request for a departed store's location: 503 with a retry hint. */
    static occi.api.OcciException unavailable(String path, String space) {
        return occi.api.OcciException.unavailable("the backend that serves " + space + " has gone away (stopped or being "
                + "reconfigured), so " + path + " cannot be served now; try again later", RETRY_AFTER);
    }

    @Override
    public synchronized String toString() {
        return "DepartedStores" + Map.copyOf(spaces).keySet();
    }
}
