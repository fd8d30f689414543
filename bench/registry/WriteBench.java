import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import occi.api.CategoryId;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.RequestContext;
import occi.registry.jdbc.internal.Dialect;
import occi.registry.jdbc.internal.JdbcRegistry;
import occi.registry.jdbc.internal.PooledDataSources;
import occi.registry.jdbc.internal.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Write rate of the JDBC registry: creates per second for commits of one entity from 1 and
 * from 8 threads, and for commits of 1 000 entities, on an H2 file opened as the container
 * opens it (WRITE_DELAY=0, pool of 10) and on PostgreSQL when one answers on loopback
 * (schema occi_bench of occi_test, dropped first). Every run starts from an empty database.
 * Run through write.sh; figures, not assertions.
 */
public class WriteBench {

    static final CategoryId COMPUTE = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute");
    static final CategoryId SMALL = CategoryId.parse("http://example.org/bench/tpl#small");
    static final RequestContext ANONYMOUS = RequestContext.anonymous(URI.create("http://127.0.0.1/"));
    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/occi_test?currentSchema=occi_bench";

    public static void main(String[] args) throws Exception {
        int single = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        int bulk = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path folder = Path.of(args.length > 2 ? args[2] : "target/write-bench").toAbsolutePath();
        deleteRecursively(folder);
        Files.createDirectories(folder);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("occi") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        run("H2 file", h2, Dialect.H2, single, bulk);
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(PG_URL);
        pg.setUser("occi");
        pg.setPassword("occi");
        pg.setConnectTimeout(2);
        try (Connection connection = pg.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS occi_bench CASCADE");
            statement.execute("CREATE SCHEMA occi_bench");
        } catch (SQLException e) {
            System.out.println("PostgreSQL: skipped, nothing answers on " + PG_URL + " (" + e.getMessage() + ")");
            return;
        }
        run("PostgreSQL", pg, Dialect.POSTGRESQL, single, bulk);
    }

    static void run(String name, DataSource unpooled, Dialect dialect, int single, int bulk) throws Exception {
        try (HikariDataSource pool = PooledDataSources.pool(unpooled, "write-bench", 10, 30_000)) {
            SchemaMigrator.bundled().migrate(pool, dialect);
            JdbcRegistry registry = new JdbcRegistry(pool, dialect);
            AtomicInteger next = new AtomicInteger();
            singles(registry, next, 500, 1); // warm-up
            bulks(registry, next, 1);
            double one = singles(registry, next, single, 1);
            LockWaits waits = dialect == Dialect.POSTGRESQL ? LockWaits.start(unpooled) : null;
            double eight = singles(registry, next, single, 8);
            String waited = waits == null ? "" : "   8 threads waiting on a lock: " + waits.stop();
            double[] thousands = new double[bulk];
            for (int i = 0; i < bulk; i++) {
                thousands[i] = bulks(registry, next, 1);
            }
            Arrays.sort(thousands);
            System.out.printf("%-10s  1 entity/commit, 1 thread: %6.0f creates/s   8 threads: %6.0f creates/s   "
                    + "1 000 entities/commit: %6.0f creates/s (median of %d, min %.0f, max %.0f)%s%n", name, one, eight,
                    thousands[bulk / 2], bulk, thousands[0], thousands[bulk - 1], waited);
        }
    }

    /**
     * Samples pg_stat_activity every 2 ms on a connection of its own while the 8 threads run: of
     * the registry's backends seen busy (active or waiting), the share waiting for a lock (another
     * transaction's row). Unlike creates per second, this does not depend on how busy the cores are.
     */
    static final class LockWaits {
        private final Thread sampler;
        private final long[] counts = new long[2]; // busy, waiting on a lock
        private volatile boolean running = true;

        private LockWaits(DataSource unpooled) {
            sampler = new Thread(() -> {
                try (Connection connection = unpooled.getConnection(); Statement statement = connection.createStatement()) {
                    while (running) {
                        try (var rows = statement.executeQuery("SELECT COUNT(*) FILTER (WHERE state = 'active'), "
                                + "COUNT(*) FILTER (WHERE state = 'active' AND wait_event_type = 'Lock') FROM pg_stat_activity "
                                + "WHERE datname = current_database() AND pid <> pg_backend_pid()")) {
                            rows.next();
                            counts[0] += rows.getLong(1);
                            counts[1] += rows.getLong(2);
                        }
                        Thread.sleep(2);
                    }
                } catch (SQLException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }, "lock-wait-sampler");
            sampler.start();
        }

        static LockWaits start(DataSource unpooled) {
            return new LockWaits(unpooled);
        }

        String stop() throws InterruptedException {
            running = false;
            sampler.join();
            return String.format("%.0f %% of %d busy-backend samples", 100.0 * counts[1] / Math.max(1, counts[0]), counts[0]);
        }
    }

    /** Creates {@code count} resources, one per commit, from {@code threads} threads; creates per second. */
    static double singles(JdbcRegistry registry, AtomicInteger next, int count, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger left = new AtomicInteger(count);
            long start = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                workers.add(pool.submit(() -> {
                    while (left.getAndDecrement() > 0) {
                        registry.commit(List.of(Change.create(compute(next.getAndIncrement()))), ANONYMOUS);
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return count / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    /** Creates 1 000 resources in each of {@code commits} commits; creates per second. */
    static double bulks(JdbcRegistry registry, AtomicInteger next, int commits) {
        long start = System.nanoTime();
        for (int c = 0; c < commits; c++) {
            List<Change> changes = new ArrayList<>(1_000);
            for (int i = 0; i < 1_000; i++) {
                changes.add(Change.create(compute(next.getAndIncrement())));
            }
            registry.commit(changes, ANONYMOUS);
        }
        return commits * 1_000 / ((System.nanoTime() - start) / 1e9);
    }

    /** A compute resource as a client would create it; every tenth has a mixin. */
    static Resource compute(int i) {
        return new Resource("id-" + i, "/compute/" + String.format("%09d", i), COMPUTE,
                i % 10 == 0 ? List.of(SMALL) : List.of(),
                Map.of("occi.compute.hostname", "vm-" + i, "occi.compute.cores", (long) (1 + i % 8),
                        "occi.compute.memory", 2.0, "occi.compute.state", "active"),
                "vm " + i, null, 0);
    }

    static void deleteRecursively(Path folder) throws Exception {
        if (Files.exists(folder)) {
            try (Stream<Path> paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }
}
