package occi.registry.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** The databases the plain unit tests run against: H2 files under target/, PostgreSQL on loopback when there is one. */
final class TestDatabases {

    /** System property with the PostgreSQL test database's URL (set by the module's pom). */
    static final String POSTGRES_URL = "occi.registry.test.postgres.url";
    /** User and password that cnf/tools/install-postgres.sh creates. */
    static final String POSTGRES_USER = "occi";
    static final String POSTGRES_PASSWORD = "occi";

    private TestDatabases() {}

    /** A pooled, empty H2 database in a file below target/h2/. */
    static HikariDataSource freshH2(String name) {
        Path folder = Path.of("target", "h2", name).toAbsolutePath();
        deleteRecursively(folder);
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + folder.resolve("occi") + JdbcRegistryComponent.H2_OPTIONS);
        return PooledDataSources.pool(h2, "test-" + name, 10, 10_000);
    }

    static String postgresUrl() {
        return System.getProperty(POSTGRES_URL, "jdbc:postgresql://127.0.0.1:5432/occi_test");
    }

    /**
     * The schema this test JVM works in: its own, so that builds of several worktrees running
     * these tests on the one test database at once do not drop each other's tables. Created
     * on first use and dropped when the JVM ends.
     */
    private static volatile String schema;

    /** A pooled PostgreSQL data source on this JVM's schema of the test database. */
    static HikariDataSource postgres(String name) {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(postgresUrl());
        pg.setUser(POSTGRES_USER);
        pg.setPassword(POSTGRES_PASSWORD);
        pg.setCurrentSchema(ownSchema(pg));
        return PooledDataSources.pool(pg, "test-" + name, 10, 10_000);
    }

    private static synchronized String ownSchema(PGSimpleDataSource pg) {
        if (schema == null) {
            String created = "test_" + ProcessHandle.current().pid() + "_" + Long.toHexString(System.nanoTime());
            execute(pg, "CREATE SCHEMA " + created);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute(pg, "DROP SCHEMA IF EXISTS " + created + " CASCADE")));
            schema = created;
        }
        return schema;
    }

    private static void execute(PGSimpleDataSource pg, String sql) {
        try (Connection connection = pg.getConnection(); var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on " + postgresUrl() + ": " + e.getMessage(), e);
        }
    }

    /** Whether the PostgreSQL test database answers on loopback. */
    static boolean postgresReachable() {
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setUrl(postgresUrl());
        pg.setUser(POSTGRES_USER);
        pg.setPassword(POSTGRES_PASSWORD);
        pg.setConnectTimeout(2);
        try (Connection connection = pg.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false; // no server: the PostgreSQL tests are skipped, and say so
        }
    }

    /** Drops every table of the registry (and its schema_version) so that a test starts from nothing. */
    static void dropAll(javax.sql.DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            for (String table : new String[] {"occi_category_count", "occi_state_count", "occi_entity_state", "occi_entity_category", "occi_entity_attribute", "occi_entity_mixin", "occi_entity",
                    "occi_user_mixin", "schema_version"}) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
            statement.execute("DROP SEQUENCE IF EXISTS occi_entity_version");
        }
    }

    static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + folder, e);
        }
    }
}
