package occi.registry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keeps {@code occi_category_count} in step with {@code occi_entity_category} inside the
 * commit that changes an entity's categories. A counter is sharded (migration V7): its total
 * is the sum of its rows, one per shard, and each commit writes to the shard its database
 * session picks ({@link Dialect#counterShard()}: on PostgreSQL its backend's process id modulo
 * 32), so that concurrent commits in one collection, each on a connection of its own, lock
 * different rows instead of queueing on one until each commits. A
 * commit adds up its changes per counter first and then writes each counter once (one batch
 * of updates, one batch of inserts for the counter rows it is the first to use), in key
 * order, so that two commits touching the same rows take their locks in the same order. A
 * create racing another for the first entity of a counter's shard may find the row inserted
 * meanwhile: that is reported as a serialization failure, and the whole commit runs again.
 *
 * <p>The state counters ({@code occi_state_count}, V8) are kept the same way, one per
 * category, state attribute and value besides: they count the rows of {@code occi_entity_state}.
 */
final class CategoryCounts {

    /** The SQL state the registry retries a commit on. */
    static final String RETRY = "40001";

    /** One counter row's key; a category counter's has no attribute and value (null). */
    private record Key(String owner, String category, String attribute, String value, String collection, char type) {
        boolean ofState() {
            return attribute != null;
        }
    }

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());
    private static final Comparator<Key> ORDER = Comparator.comparing(Key::owner).thenComparing(Key::category)
            .thenComparing(Key::attribute, NULLS_FIRST).thenComparing(Key::value, NULLS_FIRST)
            .thenComparing(Key::collection).thenComparing(Key::type);

    private final Map<Key, Long> deltas = new TreeMap<>(ORDER);
    private final String shard;

    /** The changes of one commit, to be written to the row of each counter that the SQL expression {@code shard} picks. */
    CategoryCounts(String shard) {
        this.shard = shard;
    }

    /** The collection a location belongs to: everything up to its last '/'. */
    static String collection(String location) {
        return location.substring(0, location.lastIndexOf('/') + 1);
    }

    /** Counts one more ({@code delta} 1) or one less ({@code -1}) entity of a category at a location. */
    void add(String owner, String category, String location, char type, int delta) {
        deltas.merge(new Key(owner, category, null, null, collection(location), type), (long) delta, Long::sum);
    }

    /** Counts one more or one less entity of a category (or '', any) in a state ({@code attribute} = {@code valueKey}). */
    void addState(String owner, String category, String attribute, String valueKey, String location, char type, int delta) {
        deltas.merge(new Key(owner, category, attribute, valueKey, collection(location), type), (long) delta, Long::sum);
    }

    /** Writes the summed changes: an update per counter that changed, an insert for each that did not exist. */
    void apply(Connection connection) throws SQLException {
        List<Map.Entry<Key, Long>> changed = deltas.entrySet().stream().filter(e -> e.getValue() != 0).toList();
        // category counters first, then state counters: every commit takes its locks in the same order
        apply(connection, changed.stream().filter(e -> !e.getKey().ofState()).toList(), "occi_category_count",
                "owner, category, collection, entity_type");
        apply(connection, changed.stream().filter(e -> e.getKey().ofState()).toList(), "occi_state_count",
                "owner, category, attr_name, value_key, collection, entity_type");
    }

    private void apply(Connection connection, List<Map.Entry<Key, Long>> changed, String table, String keyColumns)
            throws SQLException {
        if (changed.isEmpty()) {
            return;
        }
        String matches = String.join(" = ? AND ", keyColumns.split(", ")) + " = ?";
        int keys = keyColumns.split(", ").length;
        int[] updated;
        try (PreparedStatement update = connection.prepareStatement("UPDATE " + table + " SET entities = entities + ? "
                + "WHERE " + matches + " AND shard = " + shard)) {
            for (Map.Entry<Key, Long> entry : changed) {
                update.setLong(1, entry.getValue());
                setKey(update, 2, entry.getKey());
                update.addBatch();
            }
            updated = Batches.execute(update);
        }
        List<Map.Entry<Key, Long>> missing = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            if (updated[i] == 0) {
                missing.add(changed.get(i));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + table + " (" + keyColumns
                + ", shard, entities) VALUES (" + "?, ".repeat(keys) + shard + ", ?)")) {
            for (Map.Entry<Key, Long> entry : missing) {
                setKey(insert, 1, entry.getKey());
                insert.setLong(keys + 1, entry.getValue());
                insert.addBatch();
            }
            Batches.execute(insert);
        } catch (SQLException e) {
            throw new SQLException("a counter was created concurrently: " + e.getMessage(), RETRY, e);
        }
    }

    private static void setKey(PreparedStatement statement, int first, Key key) throws SQLException {
        int i = first;
        statement.setString(i++, key.owner());
        statement.setString(i++, key.category());
        if (key.ofState()) {
            statement.setString(i++, key.attribute());
            statement.setString(i++, key.value());
        }
        statement.setString(i++, key.collection());
        statement.setString(i, String.valueOf(key.type()));
    }

    /** Whether the total of a listing below this path can be summed from the counters. */
    static boolean coversPrefix(String pathPrefix) {
        return pathPrefix.isEmpty() || pathPrefix.endsWith("/");
    }
}
