package occi.registry.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears the commits of every container that shares a PostgreSQL database: each write
 * transaction of the registry ends with {@code NOTIFY occi_registry} (see {@link #NOTIFY}),
 * which PostgreSQL delivers, when that transaction commits, to every connection that has
 * run {@code LISTEN occi_registry}. A thread of this registry holds such a connection and
 * runs {@code onChange} for each notification it receives, so that what this container
 * remembers about listings is forgotten once another container changed them.
 *
 * <p>While the connection is down (the database restarted, a network failure), commits
 * could pass unheard: {@link #heard()} is false from the moment the failure is seen until
 * the connection listens again, {@code onChange} runs on both edges, and the thread tries
 * again every second.
 */
final class PostgresChangeListener implements RegistryChanges {

    /** The channel every registry on the database notifies and listens on. */
    static final String CHANNEL = "occi_registry";
    /** The statement a write transaction runs before it commits; PostgreSQL sends it on commit, once per transaction. */
    static final String NOTIFY = "NOTIFY " + CHANNEL;
    /** How long one wait for notifications lasts, so that a closed listener stops soon. */
    private static final int WAIT_MILLIS = 500;
    private static final long RECONNECT_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final DataSource dataSource;
    private final Runnable onChange;
    private final Thread thread;
    private volatile boolean heard;
    /** Set once the first attempt to listen has ended, in success or failure. */
    private volatile boolean triedOnce;
    private volatile boolean closed;

    /**
     * Starts listening and waits until the first {@code LISTEN} has been run (or failed), so
     * that the registry's first pages are already covered.
     *
     * @param dataSource where the listening connection comes from; best a driver's unpooled
     *        one, since the connection is held for as long as the registry runs
     */
    static PostgresChangeListener start(DataSource dataSource, Runnable onChange, String name) {
        PostgresChangeListener listener = new PostgresChangeListener(dataSource, onChange, name);
        listener.thread.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!listener.triedOnce && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
        return listener;
    }

    private PostgresChangeListener(DataSource dataSource, Runnable onChange, String name) {
        this.dataSource = dataSource;
        this.onChange = onChange;
        this.thread = new Thread(this::run, name);
        this.thread.setDaemon(true);
    }

    @Override
    public boolean heard() {
        return heard;
    }

    private void run() {
        while (!closed) {
            try (Connection listening = dataSource.getConnection()) {
                listening.setAutoCommit(true);
                try (Statement statement = listening.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection notifications = listening.unwrap(PGConnection.class);
                heard = true;
                triedOnce = true;
                onChange.run(); // what was remembered before listening may already be out of date
                while (!closed) {
                    PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        onChange.run();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                lost();
                if (!closed) {
                    LockSupport.parkNanos(RECONNECT_NANOS); // polling an external process: the database may come back
                }
            }
        }
        lost();
    }

    private void lost() {
        heard = false;
        triedOnce = true;
        onChange.run();
    }

    @Override
    public void close() {
        closed = true;
        heard = false;
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5)); // a wait for notifications ends within WAIT_MILLIS
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
