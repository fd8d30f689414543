package occi.registry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Resource;

/** Entities to rows and back: {@code occi_entity}, its mixin tagging and its attribute index. */
final class EntityRows {

    static final char RESOURCE = 'R';
    static final char LINK = 'L';
    /** Indexed prefix of an attribute value; the full value is compared as well. */
    static final int VALUE_KEY_LENGTH = 200;
    /** At most this many parameters in one IN list. */
    private static final int IN_CHUNK = 500;

    static final String COLUMNS = "e.pk, e.location, e.entity_id, e.entity_type, e.kind, e.title, e.summary, "
            + "e.source, e.target, e.target_kind, e.version, e.attributes";
    /** How many columns {@link #COLUMNS} names: a query may add its own after them. */
    static final int COLUMN_COUNT = 12;

    private final AttributeCodec codec;

    EntityRows(AttributeCodec codec) {
        this.codec = codec;
    }

    /** A row read with {@link #COLUMNS}, before its mixins are known. */
    record Row(long pk, Entity entity) {}

    Row read(ResultSet result) throws SQLException {
        long pk = result.getLong(1);
        String location = result.getString(2);
        String id = result.getString(3);
        char type = result.getString(4).charAt(0);
        CategoryId kind = CategoryId.parse(result.getString(5));
        String title = result.getString(6);
        Map<String, Object> attributes = codec.fromJson(result.getString(12));
        long version = result.getLong(11);
        Entity entity = type == LINK
                ? new Link(id, location, kind, List.of(), attributes, title, result.getString(8), result.getString(9),
                        categoryOrNull(result.getString(10)), version)
                : new Resource(id, location, kind, List.of(), attributes, title, result.getString(7), version);
        return new Row(pk, entity);
    }

    /** Fills in the mixins of rows read with {@link #read}, in the order they were applied. */
    List<Entity> withMixins(Connection connection, List<Row> rows) throws SQLException {
        Map<Long, List<CategoryId>> mixins = new HashMap<>();
        for (int from = 0; from < rows.size(); from += IN_CHUNK) {
            List<Row> chunk = rows.subList(from, Math.min(rows.size(), from + IN_CHUNK));
            try (PreparedStatement select = connection.prepareStatement("SELECT entity_pk, mixin FROM occi_entity_mixin "
                    + "WHERE entity_pk IN (" + marks(chunk.size()) + ") ORDER BY entity_pk, ordinal")) {
                for (int i = 0; i < chunk.size(); i++) {
                    select.setLong(i + 1, chunk.get(i).pk());
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        mixins.computeIfAbsent(result.getLong(1), pk -> new ArrayList<>())
                                .add(CategoryId.parse(result.getString(2)));
                    }
                }
            }
        }
        List<Entity> entities = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<CategoryId> applied = mixins.get(row.pk());
            entities.add(applied == null ? row.entity() : row.entity().withMixins(applied));
        }
        return entities;
    }

    /**
     * A stored entity's key and version, its row locked until the transaction ends, and its
     * source when it is a link (null for a resource): the resource whose links change with it.
     */
    record Stored(long pk, long version, String source) {}

    /** A stored entity to overwrite: its row, the version it has now, and what replaces it (with its new version). */
    record Replacement(long pk, long current, Entity entity) {}

    /**
     * Locks the rows of the locations that exist, in location order (so that two commits on
     * the same rows lock them in the same order), with one query per {@value #IN_CHUNK} locations
     * that seeks each of them in the (owner, location) index.
     */
    Map<String, Stored> lock(Connection connection, Dialect dialect, String owner, java.util.Collection<String> locations)
            throws SQLException {
        List<String> sorted = new ArrayList<>(new java.util.TreeSet<>(locations));
        Map<String, Stored> found = new HashMap<>();
        for (int from = 0; from < sorted.size(); from += IN_CHUNK) {
            List<String> chunk = sorted.subList(from, Math.min(sorted.size(), from + IN_CHUNK));
            boolean pairs = chunk.size() > 1 && dialect.seeksInListsByPairs();
            String where = chunk.size() == 1 ? "owner = ? AND location = ?"
                    : pairs ? "(owner, location) IN (" + String.join(", ", java.util.Collections.nCopies(chunk.size(), "(?, ?)")) + ")"
                    : "owner = ? AND location IN (" + marks(chunk.size()) + ")";
            try (PreparedStatement select = connection.prepareStatement("SELECT location, pk, version, source FROM occi_entity "
                    + "WHERE " + where + " ORDER BY location FOR UPDATE")) {
                int i = 1;
                if (!pairs) {
                    select.setString(i++, owner);
                }
                for (String location : chunk) {
                    if (pairs) {
                        select.setString(i++, owner);
                    }
                    select.setString(i++, location);
                }
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        found.put(result.getString(1), new Stored(result.getLong(2), result.getLong(3), result.getString(4)));
                    }
                }
            }
        }
        return found;
    }

    /** Takes the categories and states of stored entities out of the counts, before their rows change or go. */
    void uncount(Connection connection, String owner, List<Long> pks, CategoryCounts counts) throws SQLException {
        forChunks(connection, "SELECT category, location, entity_type FROM occi_entity_category WHERE entity_pk IN ", pks,
                select -> {
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            counts.add(owner, result.getString(1), result.getString(2), result.getString(3).charAt(0), -1);
                        }
                    }
                });
        forChunks(connection, "SELECT category, attr_name, value_key, location, entity_type FROM occi_entity_state WHERE entity_pk IN ",
                pks, select -> {
                    try (ResultSet result = select.executeQuery()) {
                        while (result.next()) {
                            counts.addState(owner, result.getString(1), result.getString(2), result.getString(3), result.getString(4),
                                    result.getString(5).charAt(0), -1);
                        }
                    }
                });
    }

    /** Deletes entity rows; their mixins, attribute index and category rows go with them (ON DELETE CASCADE). */
    void delete(Connection connection, List<Long> pks) throws SQLException {
        forChunks(connection, "DELETE FROM occi_entity WHERE pk IN ", pks, PreparedStatement::executeUpdate);
    }

    /** Deletes the mixins, attribute index, category rows and state index of entities about to be replaced. */
    void deleteChildren(Connection connection, List<Long> pks) throws SQLException {
        for (String table : List.of("occi_entity_mixin", "occi_entity_attribute", "occi_entity_category", "occi_entity_state")) {
            forChunks(connection, "DELETE FROM " + table + " WHERE entity_pk IN ", pks, PreparedStatement::executeUpdate);
        }
    }

    /** Overwrites locked entity rows, one batch; each must still have the version read when it was locked. */
    void update(Connection connection, List<Replacement> replacements) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE occi_entity SET entity_id = ?, "
                + "entity_type = ?, kind = ?, title = ?, summary = ?, source = ?, target = ?, target_kind = ?, "
                + "version = ?, attributes = ? WHERE pk = ? AND version = ?")) {
            for (Replacement replacement : replacements) {
                int next = setFields(update, 1, replacement.entity());
                update.setLong(next, replacement.pk());
                update.setLong(next + 1, replacement.current());
                update.addBatch();
            }
            int[] counts = Batches.execute(update);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] != 1 && counts[i] != Statement.SUCCESS_NO_INFO) {
                    throw new SQLException("entity row " + replacements.get(i).pk() + " changed while it was locked");
                }
            }
        }
    }

    /** Inserts new entities (each with its version) in one batch and returns their primary keys, in order. */
    List<Long> insert(Connection connection, String owner, List<Entity> entities) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO occi_entity (owner, location, "
                + "entity_id, entity_type, kind, title, summary, source, target, target_kind, version, attributes) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"pk"})) {
            for (Entity entity : entities) {
                insert.setString(1, owner);
                insert.setString(2, entity.location());
                setFields(insert, 3, entity);
                insert.addBatch();
            }
            Batches.execute(insert);
            List<Long> pks = new ArrayList<>(entities.size());
            try (ResultSet keys = insert.getGeneratedKeys()) {
                while (keys.next()) {
                    pks.add(keys.getLong(1));
                }
            }
            if (pks.size() != entities.size()) {
                throw new SQLException("the database returned " + pks.size() + " keys for " + entities.size() + " new entities");
            }
            return pks;
        }
    }

    /**
     * Writes the category rows, mixin tagging, attribute index and state index of stored
     * entities (rows {@code pks}, in the same order), four batches at most, and counts their
     * categories.
     */
    void insertChildren(Connection connection, String owner, List<Long> pks, List<Entity> entities, CategoryCounts counts)
            throws SQLException {
        try (PreparedStatement categories = connection.prepareStatement("INSERT INTO occi_entity_category "
                + "(owner, category, location, entity_type, entity_pk) VALUES (?, ?, ?, ?, ?)");
                PreparedStatement mixins = connection.prepareStatement(
                        "INSERT INTO occi_entity_mixin (entity_pk, ordinal, mixin) VALUES (?, ?, ?)");
                PreparedStatement attributes = connection.prepareStatement(
                        "INSERT INTO occi_entity_attribute (entity_pk, attr_name, value_key, attr_value) VALUES (?, ?, ?, ?)");
                PreparedStatement states = connection.prepareStatement("INSERT INTO occi_entity_state "
                        + "(owner, category, attr_name, value_key, location, entity_type, entity_pk) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            boolean anyMixin = false;
            boolean anyState = false;
            for (int e = 0; e < entities.size(); e++) {
                Entity entity = entities.get(e);
                long pk = pks.get(e);
                String type = String.valueOf(type(entity));
                java.util.Set<CategoryId> applied = new java.util.LinkedHashSet<>();
                applied.add(entity.kind());
                applied.addAll(entity.mixins());
                for (CategoryId category : applied) {
                    counts.add(owner, category.toString(), entity.location(), type(entity), 1);
                    categories.setString(1, owner);
                    categories.setString(2, category.toString());
                    categories.setString(3, entity.location());
                    categories.setString(4, type);
                    categories.setLong(5, pk);
                    categories.addBatch();
                }
                int ordinal = 0;
                for (CategoryId mixin : new java.util.LinkedHashSet<>(entity.mixins())) {
                    mixins.setLong(1, pk);
                    mixins.setInt(2, ordinal++);
                    mixins.setString(3, mixin.toString());
                    mixins.addBatch();
                    anyMixin = true;
                }
                for (Map.Entry<String, String> attribute : indexed(entity).entrySet()) {
                    attributes.setLong(1, pk);
                    attributes.setString(2, attribute.getKey());
                    attributes.setString(3, valueKey(attribute.getValue()));
                    attributes.setString(4, attribute.getValue());
                    attributes.addBatch();
                    if (isState(attribute.getKey())) {
                        anyState = true;
                        // one row for any category (''), one for each category the entity is listed under
                        for (String category : withAny(applied)) {
                            counts.addState(owner, category, attribute.getKey(), valueKey(attribute.getValue()), entity.location(),
                                    type(entity), 1);
                            states.setString(1, owner);
                            states.setString(2, category);
                            states.setString(3, attribute.getKey());
                            states.setString(4, valueKey(attribute.getValue()));
                            states.setString(5, entity.location());
                            states.setString(6, type);
                            states.setLong(7, pk);
                            states.addBatch();
                        }
                    }
                }
            }
            Batches.execute(categories);
            if (anyMixin) {
                Batches.execute(mixins);
            }
            Batches.execute(attributes);
            if (anyState) {
                Batches.execute(states);
            }
        }
    }

    /** A statement over entity keys that runs once per {@value #IN_CHUNK} keys. */
    @FunctionalInterface
    private interface KeyStatement {
        void run(PreparedStatement statement) throws SQLException;
    }

    /** Runs {@code sqlBeforeList (?, ?, ...)} for every chunk of keys. */
    private static void forChunks(Connection connection, String sqlBeforeList, List<Long> pks, KeyStatement work)
            throws SQLException {
        for (int from = 0; from < pks.size(); from += IN_CHUNK) {
            List<Long> chunk = pks.subList(from, Math.min(pks.size(), from + IN_CHUNK));
            try (PreparedStatement statement = connection.prepareStatement(sqlBeforeList + "(" + marks(chunk.size()) + ")")) {
                for (int i = 0; i < chunk.size(); i++) {
                    statement.setLong(i + 1, chunk.get(i));
                }
                work.run(statement);
            }
        }
    }

    private static String marks(int count) {
        return String.join(", ", java.util.Collections.nCopies(count, "?"));
    }

    private static char type(Entity entity) {
        return entity instanceof Link ? LINK : RESOURCE;
    }

    /** Sets the columns after the location, the version being the entity's. */
    private int setFields(PreparedStatement statement, int first, Entity entity) throws SQLException {
        int i = first;
        statement.setString(i++, entity.id());
        statement.setString(i++, String.valueOf(type(entity)));
        statement.setString(i++, entity.kind().toString());
        setNullable(statement, i++, entity.title());
        setNullable(statement, i++, entity instanceof Resource r ? r.summary() : null);
        setNullable(statement, i++, entity instanceof Link l ? l.source() : null);
        setNullable(statement, i++, entity instanceof Link l ? l.target() : null);
        setNullable(statement, i++, entity instanceof Link l && l.targetKind() != null ? l.targetKind().toString() : null);
        statement.setLong(i++, entity.version());
        statement.setString(i++, codec.toJson(entity.attributes()));
        return i;
    }

    /** Every attribute as filters see it, {@code occi.core.*} included, in canonical string form. */
    private Map<String, String> indexed(Entity entity) {
        Map<String, String> values = new LinkedHashMap<>();
        entity.allAttributes().forEach((name, value) -> values.put(name, codec.indexValue(value)));
        values.putIfAbsent(Core.ID, entity.id());
        return values;
    }

    /** The category of the state index's rows that stand for any category. */
    static final String ANY_CATEGORY = "";

    /**
     * Whether the state index keeps an attribute: its name ends in {@code .state} or
     * {@code .set_state} (the web console's convention for a kind's state).
     */
    static boolean isState(String attribute) {
        return attribute.endsWith(".state") || attribute.endsWith(".set_state");
    }

    private static List<String> withAny(java.util.Set<CategoryId> categories) {
        List<String> all = new ArrayList<>(categories.size() + 1);
        all.add(ANY_CATEGORY);
        categories.forEach(c -> all.add(c.toString()));
        return all;
    }

    static String valueKey(String value) {
        return value.length() <= VALUE_KEY_LENGTH ? value : value.substring(0, VALUE_KEY_LENGTH);
    }

    private static void setNullable(PreparedStatement statement, int index, String value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else {
            statement.setString(index, value);
        }
    }

    private static CategoryId categoryOrNull(String id) {
        return id == null ? null : CategoryId.parse(id);
    }
}
