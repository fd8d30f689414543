package occi.registry.jdbc.internal;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Brings the JDBC registry back by itself once its database can be opened again (the container
 * that held the H2 file stopped, PostgreSQL came up, the user was granted access): one step at a
 * time, each returning when to take the next. While the registry has failed to open, each step
 * tries one plain connection (cheap, and it logs nothing) and, once one opens, asks for the
 * registry to be opened again; the wait between failed tries doubles up to a bound. What it sees
 * is told once per change (unavailable, back), never at every try.
 */
final class Reopener {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration MOST = Duration.ofSeconds(20);

    /** A plain connection to the configured database: opens and closes one, or throws why not. */
    interface Probe {
        void connect() throws Exception;
    }

    private final Supplier<Optional<String>> failure;
    private final Probe probe;
    private final Runnable reopen;
    private final Consumer<String> tell;
    private Duration wait = FIRST;
    private boolean unavailableTold;

    /**
     * @param failure why the registry failed to open, if it has and a retry can help (empty while
     *        it serves, or has not been tried, or failed for a reason no retry mends)
     * @param probe one connection to its database
     * @param reopen opens the registry again
     * @param tell where the changes are told (the log, at INFO)
     */
    Reopener(Supplier<Optional<String>> failure, Probe probe, Runnable reopen, Consumer<String> tell) {
        this.failure = failure;
        this.probe = probe;
        this.reopen = reopen;
        this.tell = tell;
    }

    /** One try; returns the wait before the next. */
    synchronized Duration step() {
        Optional<String> why = failure.get();
        if (why.isEmpty()) {
            wait = FIRST;
            unavailableTold = false;
            return MOST; // nothing to mend: look again later, in case it fails
        }
        try {
            probe.connect();
        } catch (Exception stillClosed) {
            if (!unavailableTold) {
                unavailableTold = true;
                tell.accept("The persistent registry cannot open (" + why.get() + "); OCCI answers 503 meanwhile, and its database "
                        + "is tried again, at growing intervals of up to " + MOST.toSeconds() + " s");
            }
            Duration now = wait;
            wait = wait.multipliedBy(2).compareTo(MOST) > 0 ? MOST : wait.multipliedBy(2);
            return now;
        }
        tell.accept("The persistent registry's database can be opened again: the JDBC registry is opened anew");
        unavailableTold = false;
        wait = FIRST;
        reopen.run();
        return FIRST; // see soon whether it opened
    }

    /** When the next try is due at the latest, for a client's Retry-After. */
    synchronized Duration nextTry() {
        return wait;
    }
}
