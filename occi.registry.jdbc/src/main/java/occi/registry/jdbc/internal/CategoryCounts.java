package occi.registry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Keeps {@code occi_category_count} in step with {@code occi_entity_category}, inside the
 * commit that changes an entity's categories. A create racing another for the first entity
 * of a counter may find the counter row inserted meanwhile: that is reported as a
 * serialization failure, and the whole commit runs again.
 */
final class CategoryCounts {

    /** The SQL state the registry retries a commit on. */
    static final String RETRY = "40001";

    private CategoryCounts() {}

    /** The collection a location belongs to: everything up to its last '/'. */
    static String collection(String location) {
        return location.substring(0, location.lastIndexOf('/') + 1);
    }

    static void add(Connection connection, String owner, String category, String location, char type, int delta)
            throws SQLException {
        String collection = collection(location);
        try (PreparedStatement update = connection.prepareStatement("UPDATE occi_category_count SET entities = entities + ? "
                + "WHERE owner = ? AND category = ? AND collection = ? AND entity_type = ?")) {
            update.setInt(1, delta);
            update.setString(2, owner);
            update.setString(3, category);
            update.setString(4, collection);
            update.setString(5, String.valueOf(type));
            if (update.executeUpdate() == 1) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO occi_category_count "
                + "(owner, category, collection, entity_type, entities) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, owner);
            insert.setString(2, category);
            insert.setString(3, collection);
            insert.setString(4, String.valueOf(type));
            insert.setLong(5, delta);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new SQLException("a category counter was created concurrently: " + e.getMessage(), RETRY, e);
        }
    }

    /** Takes an entity's category rows out of the counts, before they are deleted. */
    static void removeEntity(Connection connection, String owner, long pk) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT category, location, entity_type FROM occi_entity_category WHERE entity_pk = ?")) {
            select.setLong(1, pk);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    add(connection, owner, rows.getString(1), rows.getString(2), rows.getString(3).charAt(0), -1);
                }
            }
        }
    }

    /** Whether the total of a listing below this path can be summed from the counters. */
    static boolean coversPrefix(String pathPrefix) {
        return pathPrefix.isEmpty() || pathPrefix.endsWith("/");
    }
}
