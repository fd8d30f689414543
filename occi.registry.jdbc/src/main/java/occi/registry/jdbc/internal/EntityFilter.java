package occi.registry.jdbc.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import occi.api.CategoryId;
import occi.api.Link;
import occi.api.Resource;
import occi.api.backend.EntityQuery;

/**
 * An {@link EntityQuery} as SQL over {@code occi_entity e}: the tables to read, the
 * condition with its parameters, and the order, so that the database filters, counts and
 * pages (nothing is loaded to be filtered in Java).
 *
 * <p>A query whose first category constraint names one category (a kind collection, a
 * mixin collection) is driven by {@code occi_entity_category c}: its primary key (owner,
 * category, location) is one ordered range, so a page reads only what it skips and returns,
 * and the total is counted in that narrow index without reading the entities. A query with
 * an equality filter on a state attribute ({@link EntityRows#isState}) is driven by
 * {@code occi_entity_state s} the same way, its range narrowed to that state. Other queries
 * walk {@code occi_entity} by (owner, location).
 */
record EntityFilter(String from, String where, String orderBy, List<Object> parameters, String countSql,
        List<Object> countParameters) {

    /** The escape character of LIKE patterns built here. */
    private static final char ESCAPE = '!';

    static EntityFilter of(EntityQuery query, String owner, AttributeCodec codec) {
        java.util.Optional<String> state = stateDriver(query, codec);
        if (state.isPresent()) {
            return byState(query, owner, codec, state.get());
        }
        List<Set<CategoryId>> constraints = query.categories();
        boolean byCategory = !constraints.isEmpty() && constraints.get(0).size() == 1;
        String alias = byCategory ? "c" : "e";
        StringBuilder where = new StringBuilder(alias + ".owner = ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(owner);
        if (byCategory) {
            where.append(" AND c.category = ?");
            parameters.add(constraints.get(0).iterator().next().toString());
            constraints = constraints.subList(1, constraints.size());
        }
        pathAndType(query, alias, where, parameters);
        otherCategories(constraints, "e.pk", where, parameters);
        for (Map.Entry<String, Object> attribute : query.attributes().entrySet()) {
            attributeEquals(attribute.getKey(), codec.indexValue(attribute.getValue()), byCategory ? "c.entity_pk" : "e.pk",
                    where, parameters);
        }
        text(query, "e.pk", where, parameters);
        String from = byCategory ? "occi_entity_category c JOIN occi_entity e ON e.pk = c.entity_pk" : "occi_entity e";
        // the leading key columns are fixed by the condition; naming them lets the database read the index in order
        String orderBy = byCategory ? "c.owner, c.category, c.location" : "e.owner, e.location";
        boolean onlyCategory = byCategory && constraints.isEmpty() && query.attributes().isEmpty() && query.text() == null;
        if (onlyCategory && CategoryCounts.coversPrefix(query.pathPrefix())) {
            return new EntityFilter(from, where.toString(), orderBy, List.copyOf(parameters),
                    counterSql(CATEGORY_COUNTERS, query), counterParameters(query, List.of(owner, parameters.get(1))));
        }
        // without further conditions on the entities, a count needs the category rows alone
        String countFrom = onlyCategory ? "occi_entity_category c" : from;
        return new EntityFilter(from, where.toString(), orderBy, List.copyOf(parameters),
                "SELECT COUNT(*) FROM " + countFrom + " WHERE " + where, List.copyOf(parameters));
    }

    /** The path prefix and the entity type, on the columns of the driving table {@code alias}. */
    private static void pathAndType(EntityQuery query, String alias, StringBuilder where, List<Object> parameters) {
        if (!query.pathPrefix().isEmpty() && !query.pathPrefix().equals("/")) {
            where.append(" AND ").append(alias).append(".location LIKE ? ESCAPE '!'");
            parameters.add(escapeLike(query.pathPrefix()) + "%");
        }
        if (query.entityType() == Resource.class) {
            where.append(" AND ").append(alias).append(".entity_type = '").append(EntityRows.RESOURCE).append('\'');
        } else if (query.entityType() == Link.class) {
            where.append(" AND ").append(alias).append(".entity_type = '").append(EntityRows.LINK).append('\'');
        }
    }

    /** Each further constraint: the entity ({@code pk}) has one of its categories. */
    private static void otherCategories(List<Set<CategoryId>> constraints, String pk, StringBuilder where, List<Object> parameters) {
        for (Set<CategoryId> categories : constraints) {
            if (categories.isEmpty()) {
                where.append(" AND 1 = 0"); // no category can meet an empty constraint
                continue;
            }
            String marks = categories.stream().map(c -> "?").collect(Collectors.joining(", "));
            where.append(" AND EXISTS (SELECT 1 FROM occi_entity_category k WHERE k.entity_pk = ").append(pk)
                    .append(" AND k.category IN (").append(marks).append("))");
            categories.stream().map(CategoryId::toString).sorted().forEach(parameters::add);
        }
    }

    /**
     * The entity ({@code pk}) has this attribute value: driven by the (name, value) index, as
     * equality filters are selective, unlike a probe per listed row.
     */
    private static void attributeEquals(String name, String value, String pk, StringBuilder where, List<Object> parameters) {
        where.append(" AND ").append(pk).append(" IN (SELECT a.entity_pk FROM occi_entity_attribute a")
                .append(" WHERE a.attr_name = ? AND a.value_key = ? AND a.attr_value = ?)");
        parameters.add(name);
        parameters.add(EntityRows.valueKey(value));
        parameters.add(value);
    }

    /** The free-text filter: some attribute value of the entity ({@code pk}) contains the text, in any case. */
    private static void text(EntityQuery query, String pk, StringBuilder where, List<Object> parameters) {
        if (query.text() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM occi_entity_attribute t WHERE t.entity_pk = ").append(pk)
                    .append(" AND LOWER(t.attr_value) LIKE ? ESCAPE '!')");
            parameters.add("%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
    }

    /**
     * The state attribute whose index drives the query: the first by name of its attribute
     * filters that the state index keeps ({@link EntityRows#isState}) whose value fits in the
     * index's key (a longer one is compared in full through the attribute index instead).
     */
    private static java.util.Optional<String> stateDriver(EntityQuery query, AttributeCodec codec) {
        return query.attributes().entrySet().stream()
                .filter(a -> EntityRows.isState(a.getKey()))
                .filter(a -> codec.indexValue(a.getValue()).length() <= EntityRows.VALUE_KEY_LENGTH)
                .map(Map.Entry::getKey).sorted().findFirst();
    }

    /**
     * A query filtered by a state, driven by {@code occi_entity_state s}: (owner, category,
     * state attribute, value, location) is one ordered range for a listing of one category
     * (its first constraint) or of any category ({@code ''}), so a page reads only what it
     * skips and returns. The total is a sum of state counters when nothing else narrows the
     * query, else a count of that range: every other condition refers to {@code s.entity_pk},
     * so the count reads no entity.
     */
    private static EntityFilter byState(EntityQuery query, String owner, AttributeCodec codec, String stateAttribute) {
        List<Set<CategoryId>> constraints = query.categories();
        String category = EntityRows.ANY_CATEGORY;
        if (!constraints.isEmpty() && constraints.get(0).size() == 1) {
            category = constraints.get(0).iterator().next().toString();
            constraints = constraints.subList(1, constraints.size());
        }
        String value = codec.indexValue(query.attributes().get(stateAttribute));
        StringBuilder where = new StringBuilder("s.owner = ? AND s.category = ? AND s.attr_name = ? AND s.value_key = ?");
        List<Object> parameters = new ArrayList<>(List.of(owner, category, stateAttribute, value));
        pathAndType(query, "s", where, parameters);
        otherCategories(constraints, "s.entity_pk", where, parameters);
        for (Map.Entry<String, Object> attribute : query.attributes().entrySet()) {
            if (attribute.getKey().equals(stateAttribute)) {
                continue; // value_key is the whole value: it fits in the key
            }
            attributeEquals(attribute.getKey(), codec.indexValue(attribute.getValue()), "s.entity_pk", where, parameters);
        }
        text(query, "s.entity_pk", where, parameters);
        String orderBy = "s.owner, s.category, s.attr_name, s.value_key, s.location";
        boolean onlyState = constraints.isEmpty() && query.attributes().size() == 1 && query.text() == null;
        if (onlyState && CategoryCounts.coversPrefix(query.pathPrefix())) {
            return new EntityFilter(STATE_FROM, where.toString(), orderBy, List.copyOf(parameters),
                    counterSql(STATE_COUNTERS, query), counterParameters(query, parameters.subList(0, 4)));
        }
        return new EntityFilter(STATE_FROM, where.toString(), orderBy, List.copyOf(parameters),
                "SELECT COUNT(*) FROM occi_entity_state s WHERE " + where, List.copyOf(parameters));
    }

    private static final String STATE_FROM = "occi_entity_state s JOIN occi_entity e ON e.pk = s.entity_pk";

    /** The counters of a kind or mixin, or of a state. */
    private static final String CATEGORY_COUNTERS = "occi_category_count n WHERE n.owner = ? AND n.category = ?";
    private static final String STATE_COUNTERS = "occi_state_count n "
            + "WHERE n.owner = ? AND n.category = ? AND n.attr_name = ? AND n.value_key = ?";

    /**
     * A listing of a kind or mixin, or in one state, below a collection path and with no other
     * condition: its total is a sum of the counters picked by {@code counters} and the path and type.
     */
    private static String counterSql(String counters, EntityQuery query) {
        StringBuilder sql = new StringBuilder("SELECT COALESCE(SUM(n.entities), 0) FROM " + counters);
        if (!query.pathPrefix().isEmpty() && !query.pathPrefix().equals("/")) {
            sql.append(" AND n.collection LIKE ? ESCAPE '!'");
        }
        if (query.entityType() == Resource.class || query.entityType() == Link.class) {
            sql.append(" AND n.entity_type = ?");
        }
        return sql.toString();
    }

    /** The parameters of {@link #counterSql}: the counters' key, then the path and the type. */
    private static List<Object> counterParameters(EntityQuery query, List<Object> key) {
        List<Object> parameters = new ArrayList<>(key);
        if (!query.pathPrefix().isEmpty() && !query.pathPrefix().equals("/")) {
            parameters.add(escapeLike(query.pathPrefix()) + "%");
        }
        if (query.entityType() == Resource.class) {
            parameters.add(String.valueOf(EntityRows.RESOURCE));
        } else if (query.entityType() == Link.class) {
            parameters.add(String.valueOf(EntityRows.LINK));
        }
        return List.copyOf(parameters);
    }

    /** The SQL of a page: the entity columns of the rows meeting {@code where}, in order, then {@code LIMIT ? OFFSET ?}. */
    String pageSql(String where) {
        if (from.equals(STATE_FROM)) {
            // every condition is on the state index's rows: the page is cut from that index alone and only its
            // rows are joined to their entities, so a far page skips index entries instead of joining each one
            return "SELECT " + EntityRows.COLUMNS + " FROM (SELECT s.entity_pk, s.location FROM occi_entity_state s WHERE "
                    + where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?) s JOIN occi_entity e ON e.pk = s.entity_pk"
                    + " ORDER BY s.location";
        }
        return "SELECT " + EntityRows.COLUMNS + " FROM " + from + " WHERE " + where + " ORDER BY " + orderBy + " LIMIT ? OFFSET ?";
    }

    /** The location column of the table that drives the query, which the order follows. */
    String locationColumn() {
        return from.startsWith("occi_entity_category") ? "c.location" : from.equals(STATE_FROM) ? "s.location" : "e.location";
    }

    static String escapeLike(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 8);
        for (char c : text.toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }
}
