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
            String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
            try (PreparedStatement select = connection.prepareStatement("SELECT entity_pk, mixin FROM occi_entity_mixin "
                    + "WHERE entity_pk IN (" + marks + ") ORDER BY entity_pk, ordinal")) {
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

    /** Inserts a new entity and returns its primary key. */
    long insert(Connection connection, String owner, Entity entity, long version) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO occi_entity (owner, location, "
                + "entity_id, entity_type, kind, title, summary, source, target, target_kind, version, attributes) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, owner);
            insert.setString(2, entity.location());
            setFields(insert, 3, entity, version);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                long pk = keys.getLong("pk");
                insertChildren(connection, pk, owner, entity);
                return pk;
            }
        }
    }

    /** Replaces a stored entity whose row is locked and whose version is {@code current}. */
    void update(Connection connection, long pk, String owner, Entity entity, long current, long version)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE occi_entity SET entity_id = ?, "
                + "entity_type = ?, kind = ?, title = ?, summary = ?, source = ?, target = ?, target_kind = ?, "
                + "version = ?, attributes = ? WHERE pk = ? AND version = ?")) {
            int next = setFields(update, 1, entity, version);
            update.setLong(next, pk);
            update.setLong(next + 1, current);
            if (update.executeUpdate() != 1) {
                throw new SQLException("entity row " + pk + " changed while it was locked");
            }
        }
        deleteChildren(connection, owner, pk);
        insertChildren(connection, pk, owner, entity);
    }

    private static char type(Entity entity) {
        return entity instanceof Link ? LINK : RESOURCE;
    }

    private int setFields(PreparedStatement statement, int first, Entity entity, long version) throws SQLException {
        int i = first;
        statement.setString(i++, entity.id());
        statement.setString(i++, String.valueOf(entity instanceof Link ? LINK : RESOURCE));
        statement.setString(i++, entity.kind().toString());
        setNullable(statement, i++, entity.title());
        setNullable(statement, i++, entity instanceof Resource r ? r.summary() : null);
        setNullable(statement, i++, entity instanceof Link l ? l.source() : null);
        setNullable(statement, i++, entity instanceof Link l ? l.target() : null);
        setNullable(statement, i++, entity instanceof Link l && l.targetKind() != null ? l.targetKind().toString() : null);
        statement.setLong(i++, version);
        statement.setString(i++, codec.toJson(entity.attributes()));
        return i;
    }

    private void insertChildren(Connection connection, long pk, String owner, Entity entity) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO occi_entity_category "
                + "(owner, category, location, entity_type, entity_pk) VALUES (?, ?, ?, ?, ?)")) {
            java.util.Set<CategoryId> categories = new java.util.LinkedHashSet<>();
            categories.add(entity.kind());
            categories.addAll(entity.mixins());
            for (CategoryId category : categories) {
                CategoryCounts.add(connection, owner, category.toString(), entity.location(), type(entity), 1);
                insert.setString(1, owner);
                insert.setString(2, category.toString());
                insert.setString(3, entity.location());
                insert.setString(4, String.valueOf(type(entity)));
                insert.setLong(5, pk);
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (!entity.mixins().isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO occi_entity_mixin (entity_pk, ordinal, mixin) VALUES (?, ?, ?)")) {
                int ordinal = 0;
                for (CategoryId mixin : new java.util.LinkedHashSet<>(entity.mixins())) {
                    insert.setLong(1, pk);
                    insert.setInt(2, ordinal++);
                    insert.setString(3, mixin.toString());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO occi_entity_attribute (entity_pk, attr_name, value_key, attr_value) VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, String> attribute : indexed(entity).entrySet()) {
                insert.setLong(1, pk);
                insert.setString(2, attribute.getKey());
                insert.setString(3, valueKey(attribute.getValue()));
                insert.setString(4, attribute.getValue());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /** Deletes an entity's mixins, attribute index and category rows (and takes it out of the counts). */
    static void deleteChildren(Connection connection, String owner, long pk) throws SQLException {
        CategoryCounts.removeEntity(connection, owner, pk);
        for (String table : List.of("occi_entity_mixin", "occi_entity_attribute", "occi_entity_category")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE entity_pk = ?")) {
                delete.setLong(1, pk);
                delete.executeUpdate();
            }
        }
    }

    /** Every attribute as filters see it, {@code occi.core.*} included, in canonical string form. */
    private Map<String, String> indexed(Entity entity) {
        Map<String, String> values = new LinkedHashMap<>();
        entity.allAttributes().forEach((name, value) -> values.put(name, codec.indexValue(value)));
        values.putIfAbsent(Core.ID, entity.id());
        return values;
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
