package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.RequestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The schema is created, upgraded from an older version with its data kept, and a newer one is refused. */
class SchemaMigratorTest {

    private static final RequestContext ANONYMOUS = RequestContext.anonymous(URI.create("http://127.0.0.1/"));
    private static final CategoryId VM = CategoryId.parse("http://example.org/test#vm");

    private HikariDataSource database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    private DataSource open(Dialect dialect) throws SQLException {
        if (dialect == Dialect.H2) {
            database = TestDatabases.freshH2("migrations");
        } else {
            database = TestDatabases.postgres("migrations");
            TestDatabases.dropAll(database);
        }
        return database;
    }

    static boolean postgresReachable() {
        return TestDatabases.postgresReachable();
    }

    @Test
    void theBundledMigrationsAreNumberedFromOne() {
        SchemaMigrator migrator = SchemaMigrator.bundled();

        assertThat(migrator.latestVersion()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void anEmptyDatabaseIsMigratedToTheLatestVersionOnceOnly() throws SQLException {
        DataSource h2 = open(Dialect.H2);
        SchemaMigrator migrator = SchemaMigrator.bundled();

        assertThat(migrator.migrate(h2, Dialect.H2)).isZero();
        assertThat(migrator.migrate(h2, Dialect.H2)).isEqualTo(migrator.latestVersion());
        assertThat(versions(h2)).isEqualTo(migrator.latestVersion());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void anOlderSchemaIsUpgradedAndKeepsItsData(Dialect dialect) throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect == Dialect.H2 || postgresReachable(),
                "no PostgreSQL test database on loopback");
        DataSource dataSource = open(dialect);
        SchemaMigrator latest = SchemaMigrator.bundled();
        latest.upTo(1).migrate(dataSource, dialect);
        // rows as the first schema holds them
        execute(dataSource, "INSERT INTO occi_entity (owner, location, entity_id, entity_type, kind, title, version, "
                + "attributes) VALUES ('', '/vm/1', '1', 'R', '" + VM + "', 'old', 7, '{\"test.cores\":2}')");
        execute(dataSource, "INSERT INTO occi_entity (owner, location, entity_id, entity_type, kind, source, target, "
                + "target_kind, version, attributes) VALUES ('', '/link/2', '2', 'L', '" + VM + "', '/vm/1', '/vm/9', '"
                + VM + "', 3, '{}')");
        Mixin tag = Mixin.tag(CategoryId.parse("http://example.org/tags#old"), "old tag", "/tags/old/");
        String definition = new MixinCodec(new AttributeCodec().mapper()).toJson(tag).replace("'", "''");
        execute(dataSource, "INSERT INTO occi_user_mixin (owner, mixin, definition) VALUES ('', '" + tag.id() + "', '"
                + definition + "')");
        Resource vm = new Resource("1", "/vm/1", VM, List.of(), Map.of("test.cores", 2L), "old", null, 7);
        Link nic = new Link("2", "/link/2", VM, List.of(), Map.of(), null, "/vm/1", "/vm/9", VM, 3);

        assertThat(latest.migrate(dataSource, dialect)).isEqualTo(1);

        try (JdbcRegistry upgraded = new JdbcRegistry(dataSource, dialect)) {
            assertThat(upgraded.get("/vm/1", ANONYMOUS)).contains(vm);
            assertThat(upgraded.linksFrom("/vm/1", ANONYMOUS)).containsExactly(nic);
            assertThat(upgraded.userMixins(ANONYMOUS)).containsExactly(tag);
            assertThat(upgraded.commit(List.of(Change.put(vm.withTitle("new"), 7)), ANONYMOUS).get(0).version()).isGreaterThan(7);
        }
        assertThat(versions(dataSource)).isEqualTo(latest.latestVersion());
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void countersOfEntitiesStoredBeforeTheyExistedAreShardedAndKeepTheirTotals(Dialect dialect) throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect == Dialect.H2 || postgresReachable(),
                "no PostgreSQL test database on loopback");
        DataSource dataSource = open(dialect);
        SchemaMigrator latest = SchemaMigrator.bundled();
        latest.upTo(4).migrate(dataSource, dialect);
        for (int i = 0; i < 5; i++) { // entities stored before the counters: V5 indexes them, V6 counts them, V7 shards
            execute(dataSource, "INSERT INTO occi_entity (owner, location, entity_id, entity_type, kind, title, version, "
                    + "attributes) VALUES ('', '/vm/" + i + "', '" + i + "', 'R', '" + VM + "', 'vm', 1, '{}')");
        }

        assertThat(latest.migrate(dataSource, dialect)).isEqualTo(4);

        JdbcRegistry after = new JdbcRegistry(dataSource, dialect);
        assertThat(total(after, "/vm/")).isEqualTo(5);
        after.commit(List.of(Change.remove("/vm/0", Change.ANY_VERSION)), ANONYMOUS);
        after.commit(List.of(Change.create(new Resource("id9", "/vm/9", VM, List.of(), Map.of(), "vm", null, 0))), ANONYMOUS);
        after.commit(List.of(Change.create(new Resource("id8", "/vm/8", VM, List.of(), Map.of(), "vm", null, 0))), ANONYMOUS);
        assertThat(total(after, "/vm/")).isEqualTo(6);
    }

    private static long total(JdbcRegistry registry, String below) {
        return registry.query(new EntityQuery(below, List.of(java.util.Set.of(VM)), Map.of(), null, Entity.class, 0, 1),
                ANONYMOUS).total();
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void aNewerSchemaIsRefusedAndLeftAlone(Dialect dialect) throws SQLException {
        org.junit.jupiter.api.Assumptions.assumeTrue(dialect == Dialect.H2 || postgresReachable(),
                "no PostgreSQL test database on loopback");
        DataSource dataSource = open(dialect);
        SchemaMigrator migrator = SchemaMigrator.bundled();
        migrator.migrate(dataSource, dialect);
        int future = migrator.latestVersion() + 1;
        execute(dataSource, "INSERT INTO schema_version (version, description, installed_on) VALUES ("
                + future + ", 'from the future', CURRENT_TIMESTAMP)");

        assertThatThrownBy(() -> migrator.migrate(dataSource, dialect))
                .isInstanceOf(SchemaTooNewException.class)
                .hasMessageContaining("schema version " + future)
                .hasMessageContaining("knows versions up to " + migrator.latestVersion());
        assertThat(versions(dataSource)).isEqualTo(future);
    }

    @Test
    @EnabledIf(value = "postgresReachable", disabledReason = "no PostgreSQL test database on loopback")
    void containersStartingTogetherOnPostgresMigrateOneAfterTheOther() throws Exception {
        DataSource first = open(Dialect.POSTGRESQL);
        SchemaMigrator migrator = SchemaMigrator.bundled();
        try (HikariDataSource second = TestDatabases.postgres("migrations-2")) {
            java.util.concurrent.ExecutorService starts = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
                List<java.util.concurrent.Future<Integer>> before = new java.util.ArrayList<>();
                for (DataSource container : List.of(first, second)) {
                    before.add(starts.submit(() -> {
                        go.await();
                        return migrator.migrate(container, Dialect.POSTGRESQL);
                    }));
                }
                go.countDown();

                List<Integer> found = List.of(before.get(0).get(), before.get(1).get());
                assertThat(found).containsExactlyInAnyOrder(0, migrator.latestVersion());
            } finally {
                starts.shutdownNow();
            }
        }
        assertThat(versions(first)).isEqualTo(migrator.latestVersion());
    }

    @Test
    void scriptsAreSplitAtSemicolonsEndingALineWithoutComments() {
        assertThat(SchemaMigrator.statements("-- a comment\nCREATE TABLE a (x INT);\n\nCREATE INDEX b\n  ON a (x);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE INDEX b\n  ON a (x)");
    }

    @Test
    void dialectsFillTheirColumnTypesAndComeFromTheUrl() {
        assertThat(Dialect.of("jdbc:h2:file:/tmp/x")).isEqualTo(Dialect.H2);
        assertThat(Dialect.of("jdbc:postgresql://127.0.0.1/occi")).isEqualTo(Dialect.POSTGRESQL);
        assertThat(Dialect.POSTGRESQL.fill("location ${location}")).isEqualTo("location VARCHAR(2048) COLLATE \"C\"");
        assertThatThrownBy(() -> Dialect.of("jdbc:mysql://x/y")).hasMessageContaining("supports H2");
    }

    private static int versions(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaMigrator.currentVersion(connection);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
