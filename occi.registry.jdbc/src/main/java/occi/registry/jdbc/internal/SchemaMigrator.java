package occi.registry.jdbc.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * Brings the registry's schema to the version this bundle knows, one versioned script at a
 * time, each in its own transaction together with its row in {@code schema_version}. A
 * database whose schema is newer than the bundle's is refused: an older bundle must not
 * write into tables it does not understand.
 */
public final class SchemaMigrator {

    static final String FOLDER = "db/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    /** One script: its version, description and SQL. */
    record Migration(int version, String description, String sql) {}

    private final List<Migration> migrations;

    SchemaMigrator(List<Migration> migrations) {
        this.migrations = List.copyOf(migrations);
        for (int i = 0; i < this.migrations.size(); i++) {
            if (this.migrations.get(i).version() != i + 1) {
                throw new IllegalStateException("migrations must be numbered 1, 2, 3 ... without gaps: " + this.migrations);
            }
        }
    }

    /** The migrations shipped in this bundle, listed in {@code db/migration/index}. */
    public static SchemaMigrator bundled() {
        ClassLoader loader = SchemaMigrator.class.getClassLoader();
        List<Migration> migrations = new ArrayList<>();
        for (String name : lines(read(loader, FOLDER + "index"))) {
            Matcher matcher = NAME.matcher(name);
            if (!matcher.matches()) {
                throw new IllegalStateException("migration " + name + " is not named V<n>__<description>.sql");
            }
            migrations.add(new Migration(Integer.parseInt(matcher.group(1)), matcher.group(2).replace('_', ' '),
                    read(loader, FOLDER + name)));
        }
        return new SchemaMigrator(migrations);
    }

    /** The newest schema version this bundle knows. */
    public int latestVersion() {
        return migrations.size();
    }

    /** A migrator that stops at an older version (for tests of upgrades). */
    SchemaMigrator upTo(int version) {
        return new SchemaMigrator(migrations.subList(0, version));
    }

    /**
     * Applies every migration the database lacks.
     *
     * @return the schema version before migrating (0 for an empty database)
     * @throws SchemaTooNewException when the database has a newer schema than this bundle knows
     */
    public int migrate(DataSource dataSource, Dialect dialect) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            // a session lock, held across every migration: a container starting meanwhile waits, then finds them done
            dialect.lockForMigration(connection);
            connection.setAutoCommit(false);
            try {
                return migrate(connection, dialect);
            } finally {
                connection.setAutoCommit(autoCommit);
                dialect.unlockAfterMigration(connection);
            }
        }
    }

    private int migrate(Connection connection, Dialect dialect) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, installed_on TIMESTAMP NOT NULL)");
        }
        int before = -1;
        while (true) {
            int current = currentVersion(connection);
            if (before < 0) {
                before = current;
            }
            if (current > latestVersion()) {
                connection.rollback();
                throw new SchemaTooNewException(current, latestVersion());
            }
            if (current == latestVersion()) {
                connection.commit();
                return before;
            }
            apply(connection, dialect, migrations.get(current));
        }
    }

    private static void apply(Connection connection, Dialect dialect, Migration migration) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(dialect.fill(migration.sql()))) {
                statement.execute(sql);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO schema_version (version, description, installed_on) VALUES (?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.setTimestamp(3, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("migration V" + migration.version() + " (" + migration.description()
                    + ") failed: " + e.getMessage(), e.getSQLState(), e);
        }
    }

    /** The schema version a database has now, 0 when empty. */
    static int currentVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT MAX(version) FROM schema_version")) {
            result.next();
            return result.getInt(1);
        }
    }

    /** Splits a script into statements at semicolons that end a line; drops comment lines. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                statements.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }

    private static List<String> lines(String text) {
        return text.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
    }

    private static String read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + resource);
            }
            StringBuilder text = new StringBuilder();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().forEach(line -> text.append(line).append('\n'));
            }
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
