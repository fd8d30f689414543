import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import javax.sql.DataSource;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.Page;
import occi.api.backend.RequestContext;
import occi.registry.jdbc.internal.Dialect;
import occi.registry.jdbc.internal.JdbcRegistry;
import occi.registry.jdbc.internal.PooledDataSources;
import occi.registry.jdbc.internal.SchemaMigrator;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The queries the web console's OCCI page asks the JDBC registry (occi.admin's EntityIndex),
 * on N computes (default 100 000) in four states, a seventh of them tagged with a mixin, and
 * 2 000 computes of another owner: a filtered page is a count (the page's total) and then a
 * page of 50; the counts per state are one count per state value. Times the count and the
 * page apart, so that a slow filter shows which of them is slow. On an H2 file and on
 * PostgreSQL when it answers on 127.0.0.1:5432 (schema occi_state_bench of occi_test). The
 * databases are kept (bench/registry/target/state-h2, the schema) and used again by the next
 * run when they hold the same N, so a run after a new migration times that migration on them.
 * {@code -Dbench.only=h2} or {@code =postgresql} runs on one of them. Run through state.sh; figures, not assertions.
 */
public class StateBench {

    static final CategoryId COMPUTE = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute");
    static final CategoryId SMALL = CategoryId.parse("http://example.org/bench/tpl#small");
    static final String STATE = "occi.compute.state";
    static final List<String> STATES = List.of("active", "inactive", "suspended", "error");
    static final RequestContext ANONYMOUS = RequestContext.anonymous(URI.create("http://127.0.0.1/"));
    static final RequestContext ALICE = new RequestContext("alice", Map.of(), URI.create("http://127.0.0.1/"));
    static final String PG_URL = "jdbc:postgresql://127.0.0.1:5432/occi_test?currentSchema=occi_state_bench";
    static final int PAGE = 50;

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Path.of(args.length > 1 ? args[1] : "target/state-h2").toAbsolutePath();
        Files.createDirectories(folder);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("occi") + ";WRITE_DELAY=0;LOCK_TIMEOUT=10000");
        String only = System.getProperty("bench.only", "");
        if (!only.equals("postgresql")) {
            run("H2 file", h2, Dialect.H2, count);
        }
        if (only.equals("h2")) {
            return;
        }
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(PG_URL);
        pg.setUser("occi");
        pg.setPassword("occi");
        pg.setConnectTimeout(2);
        try (Connection connection = pg.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS occi_state_bench");
        } catch (SQLException e) {
            System.out.println("PostgreSQL: skipped, nothing answers on " + PG_URL + " (" + e.getMessage() + ")");
            return;
        }
        run("PostgreSQL", pg, Dialect.POSTGRESQL, count);
    }

    /** State of the i-th compute: 40 % active, 30 % inactive, 20 % suspended, 10 % error. */
    static String stateOf(int i) {
        int tenth = i % 10;
        return tenth < 4 ? "active" : tenth < 7 ? "inactive" : tenth < 9 ? "suspended" : "error";
    }

    static void run(String name, DataSource unpooled, Dialect dialect, int count) throws Exception {
        System.out.println("== " + name);
        try (HikariDataSource pool = PooledDataSources.pool(unpooled, "state-bench", 4, 30_000)) {
            long start = System.nanoTime();
            SchemaMigrator.bundled().migrate(pool, dialect);
            System.out.printf("schema migrated in %.0f ms%n", (System.nanoTime() - start) / 1e6);
            try (JdbcRegistry registry = new JdbcRegistry(pool, dialect)) {
                EntityQuery kind = new EntityQuery("/", List.of(Set.of(COMPUTE)), Map.of(), null, Entity.class, 0, PAGE);
                long present = registry.query(kind.page(0, 0), ANONYMOUS).total();
                if (present != count) {
                    if (present > 0) {
                        throw new IllegalStateException(name + " holds " + present + " computes, not " + count
                                + ": remove bench/registry/target/state-h2 and the schema occi_state_bench");
                    }
                    fill(registry, count, ANONYMOUS, "/compute/");
                    fill(registry, 2_000, ALICE, "/compute/");
                }
                measure(registry, kind, count);
            }
        }
    }

    static void fill(JdbcRegistry registry, int count, RequestContext owner, String collection) {
        long start = System.nanoTime();
        for (int first = 0; first < count; first += 1_000) {
            List<Change> changes = new ArrayList<>(1_000);
            for (int i = first; i < Math.min(count, first + 1_000); i++) {
                changes.add(Change.create(new Resource("id-" + i, collection + String.format("%09d", i), COMPUTE,
                        i % 7 == 0 ? List.of(SMALL) : List.of(),
                        Map.of("occi.compute.hostname", "vm-" + i, "occi.compute.cores", (long) (1 + i % 8), STATE, stateOf(i)),
                        "vm " + i, null, 0)));
            }
            registry.commit(changes, owner);
        }
        System.out.printf("filled %,d computes of %s in %.0f s%n", count, owner.principal() == null ? "anonymous" : owner.principal(),
                (System.nanoTime() - start) / 1e9);
    }

    static void measure(JdbcRegistry registry, EntityQuery kind, int count) {
        Runnable write = () -> touch(registry);
        EntityQuery active = new EntityQuery("/", List.of(Set.of(COMPUTE)), Map.of(STATE, "active"), null, Entity.class, 0, PAGE);
        EntityQuery error = new EntityQuery("/", List.of(Set.of(COMPUTE)), Map.of(STATE, "error"), null, Entity.class, 0, PAGE);
        EntityQuery activeAnyKind = new EntityQuery("/", List.of(), Map.of(STATE, "active"), null, Entity.class, 0, PAGE);
        EntityQuery activeSmall = new EntityQuery("/", List.of(Set.of(SMALL)), Map.of(STATE, "active"), null, Entity.class, 0, PAGE);
        EntityQuery title = new EntityQuery("/", List.of(Set.of(COMPUTE)), Map.of(), "vm 4242", Entity.class, 0, PAGE);
        EntityQuery titleAnyKind = new EntityQuery("/", List.of(), Map.of(), "vm 4242", Entity.class, 0, PAGE);
        EntityQuery prefix = new EntityQuery("/compute/0000042", List.of(Set.of(COMPUTE)), Map.of(), null, Entity.class, 0, PAGE);
        time(write, "kind: count", () -> registry.query(kind.page(0, 0), ANONYMOUS));
        time(write, "kind: first page", () -> registry.query(kind, ANONYMOUS));
        time(write, "counts per state (4 counts)", () -> {
            long sum = 0;
            for (String state : STATES) {
                sum += registry.query(new EntityQuery("/", List.of(Set.of(COMPUTE)), Map.of(STATE, state), null, Entity.class, 0, 0),
                        ANONYMOUS).total();
            }
            return sum;
        });
        time(write, "kind+state active: count", () -> registry.query(active.page(0, 0), ANONYMOUS));
        time(write, "kind+state active: first page", () -> registry.query(active, ANONYMOUS));
        time(write, "kind+state active: middle page", () -> registry.query(active.page(count * 2L / 10, PAGE), ANONYMOUS));
        time(write, "kind+state active: last page", () -> registry.query(active.page(count * 4L / 10 - PAGE, PAGE), ANONYMOUS));
        time(write, "kind+state error: first page", () -> registry.query(error, ANONYMOUS));
        time(write, "state active, any kind: count", () -> registry.query(activeAnyKind.page(0, 0), ANONYMOUS));
        time(write, "state active, any kind: first page", () -> registry.query(activeAnyKind, ANONYMOUS));
        time(write, "mixin+state active: first page", () -> registry.query(activeSmall, ANONYMOUS));
        time(write, "kind+text 'vm 4242': count", () -> registry.query(title.page(0, 0), ANONYMOUS));
        time(write, "kind+text 'vm 4242': first page", () -> registry.query(title, ANONYMOUS));
        time(write, "text 'vm 4242', any kind: first page", () -> registry.query(titleAnyKind, ANONYMOUS));
        time(write, "kind+location prefix: first page", () -> registry.query(prefix, ANONYMOUS));
        time(write, "other owner, kind+state: first page", () -> registry.query(active, ALICE));
    }

    /**
     * One write to an entity outside the measured ones: H2 keeps the last result of a query
     * and hands it out again while no table has changed, which would time a cache, not the
     * query (a console page is read between writes).
     */
    static void touch(JdbcRegistry registry) {
        registry.commit(List.of(Change.put(new Resource("tick", "/tick/1", SMALL, List.of(), Map.of(), "tick " + System.nanoTime(),
                null, 0), Change.ANY_VERSION)), ANONYMOUS);
    }

    /**
     * Runs a query twice to warm up, then 5 times, each after a write (a query that takes more
     * than a second: once, then 3 times); prints the median and the result size.
     */
    static void time(Runnable write, String what, Supplier<Object> query) {
        long first = System.nanoTime();
        query.get();
        boolean slow = System.nanoTime() - first > 1_000_000_000L;
        if (!slow) {
            query.get();
        }
        double[] millis = new double[slow ? 3 : 5];
        Object result = null;
        for (int i = 0; i < millis.length; i++) {
            write.run();
            long start = System.nanoTime();
            result = query.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        String size = result instanceof Page<?> page ? page.items().size() + " of " + page.total() : String.valueOf(result);
        System.out.printf("%-38s median %9.2f ms  (min %.2f, max %.2f)  %s%n", what, millis[millis.length / 2], millis[0],
                millis[millis.length - 1], size);
    }
}
