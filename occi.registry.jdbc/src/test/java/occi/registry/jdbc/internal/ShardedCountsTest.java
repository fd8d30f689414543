package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.RequestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The category counters are sharded (migration V7): on PostgreSQL concurrent creates in one
 * collection spread over several rows of its counter, and every total stays exact under
 * concurrent creates and deletes; on H2, whose writers run one at a time, one row is used.
 * The state counters (V8) are checked the same way.
 */
class ShardedCountsTest {

    private static final RequestContext ANONYMOUS = RequestContext.anonymous(URI.create("http://127.0.0.1/"));
    private static final CategoryId VM = CategoryId.parse("http://shards.test/#vm");
    private static final CategoryId SMALL = CategoryId.parse("http://shards.test/#small");
    private static final String STATE = "shards.vm.state";
    private static final int THREADS = 8;
    private static final int CREATES_PER_THREAD = 40;

    private HikariDataSource database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void concurrentCreatesAndDeletesInOneCollectionOnPostgresAreCountedExactlyOverSeveralRows() throws Exception {
        Assumptions.assumeTrue(TestDatabases.postgresReachable(), "no PostgreSQL test database on loopback");
        database = TestDatabases.postgres("shards");
        TestDatabases.dropAll(database);
        SchemaMigrator.bundled().migrate(database, Dialect.POSTGRESQL);
        JdbcRegistry registry = new JdbcRegistry(database, Dialect.POSTGRESQL);

        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                workers.add(threads.submit(() -> {
                    for (int i = 0; i < CREATES_PER_THREAD; i++) {
                        String location = String.format("/vm/%02d-%03d", thread, i);
                        Entity created = registry.commit(List.of(Change.create(vm(location, i % 4 == 0, i % 2 == 0 ? "on" : "off"))),
                                ANONYMOUS).get(0);
                        if (i % 5 == 0) { // a fifth deleted again, often on another connection: from another shard than it was counted in
                            registry.commit(List.of(Change.remove(location, created.version())), ANONYMOUS);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get(120, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }

        int kept = THREADS * (CREATES_PER_THREAD - CREATES_PER_THREAD / 5);
        int keptSmall = THREADS * (CREATES_PER_THREAD / 4 - CREATES_PER_THREAD / 20); // i % 4 == 0, less i % 20 == 0
        assertThat(total(registry, VM)).isEqualTo(kept).isEqualTo(countRows(registry));
        assertThat(total(registry, SMALL)).isEqualTo(keptSmall);
        assertThat(counterRows(VM)).as("rows of the kind's counter in /vm/").isGreaterThan(1).isLessThanOrEqualTo(32);
        // the state counters (V8) are sharded the same way and stay exact too
        for (String state : List.of("on", "off")) {
            for (List<Set<CategoryId>> categories : List.of(List.of(Set.of(VM)), List.of(Set.of(SMALL)), List.<Set<CategoryId>>of())) {
                assertThat(stateTotal(registry, categories, state)).as(state + " " + categories)
                        .isEqualTo(countRows(registry, categories, state));
            }
            assertThat(stateTotal(registry, List.of(Set.of(VM)), state)).isPositive();
        }
    }

    private static long stateTotal(JdbcRegistry registry, List<Set<CategoryId>> categories, String state) {
        return registry.query(new EntityQuery("/vm/", categories, Map.of(STATE, state), null, Entity.class, 0, 1), ANONYMOUS).total();
    }

    /** The entities in a state, walked and counted one by one (no counter involved). */
    private static long countRows(JdbcRegistry registry, List<Set<CategoryId>> categories, String state) {
        return registry.query(new EntityQuery("/vm/", categories, Map.of(), null, Entity.class, 0, 10_000), ANONYMOUS).items()
                .stream().filter(e -> state.equals(e.attributes().get(STATE))).count();
    }

    @Test
    void onH2EveryCommitCountsInOneRow() throws Exception {
        database = TestDatabases.freshH2("shards");
        SchemaMigrator.bundled().migrate(database, Dialect.H2);
        JdbcRegistry registry = new JdbcRegistry(database, Dialect.H2);

        for (int i = 0; i < 20; i++) {
            registry.commit(List.of(Change.create(vm("/vm/" + i, false, "on"))), ANONYMOUS);
        }
        registry.commit(List.of(Change.remove("/vm/3", Change.ANY_VERSION)), ANONYMOUS);

        assertThat(total(registry, VM)).isEqualTo(19);
        assertThat(stateTotal(registry, List.of(Set.of(VM)), "on")).isEqualTo(19);
        assertThat(counterRows(VM)).isEqualTo(1);
    }

    private static Resource vm(String location, boolean small, String state) {
        return new Resource("id" + location, location, VM, small ? List.of(SMALL) : List.of(), Map.of(STATE, state), "vm", null, 0);
    }

    private static long total(JdbcRegistry registry, CategoryId category) {
        return registry.query(new EntityQuery("/vm/", List.of(Set.of(category)), Map.of(), null, Entity.class, 0, 1),
                ANONYMOUS).total();
    }

    /** The entities a listing walks, counted one by one (no counter involved). */
    private static long countRows(JdbcRegistry registry) {
        return registry.query(new EntityQuery("/vm/", List.of(Set.of(VM)), Map.of(), null, Entity.class, 0, 10_000),
                ANONYMOUS).items().size();
    }

    private long counterRows(CategoryId category) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM occi_category_count WHERE category = '"
                        + category + "' AND collection = '/vm/'")) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
