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
 * An {@link EntityQuery} as an SQL condition on {@code occi_entity e} and its parameters, so
 * that the database filters, counts and pages (nothing is loaded to be filtered in Java).
 */
record EntityFilter(String where, List<Object> parameters) {

    /** The escape character of LIKE patterns built here. */
    private static final char ESCAPE = '!';

    static EntityFilter of(EntityQuery query, String owner, AttributeCodec codec) {
        StringBuilder where = new StringBuilder("e.owner = ?");
        List<Object> parameters = new ArrayList<>();
        parameters.add(owner);
        if (!query.pathPrefix().isEmpty() && !query.pathPrefix().equals("/")) {
            where.append(" AND e.location LIKE ? ESCAPE '!'");
            parameters.add(escapeLike(query.pathPrefix()) + "%");
        }
        if (query.entityType() == Resource.class) {
            where.append(" AND e.entity_type = '").append(EntityRows.RESOURCE).append('\'');
        } else if (query.entityType() == Link.class) {
            where.append(" AND e.entity_type = '").append(EntityRows.LINK).append('\'');
        }
        for (Set<CategoryId> categories : query.categories()) {
            if (categories.isEmpty()) {
                where.append(" AND 1 = 0"); // no category can meet an empty constraint
                continue;
            }
            String marks = categories.stream().map(c -> "?").collect(Collectors.joining(", "));
            where.append(" AND (e.kind IN (").append(marks).append(") OR EXISTS (SELECT 1 FROM occi_entity_mixin m")
                    .append(" WHERE m.entity_pk = e.pk AND m.mixin IN (").append(marks).append(")))");
            List<String> ids = categories.stream().map(CategoryId::toString).sorted().toList();
            parameters.addAll(ids);
            parameters.addAll(ids);
        }
        for (Map.Entry<String, Object> attribute : query.attributes().entrySet()) {
            String value = codec.indexValue(attribute.getValue());
            where.append(" AND EXISTS (SELECT 1 FROM occi_entity_attribute a WHERE a.entity_pk = e.pk")
                    .append(" AND a.attr_name = ? AND a.value_key = ? AND a.attr_value = ?)");
            parameters.add(attribute.getKey());
            parameters.add(EntityRows.valueKey(value));
            parameters.add(value);
        }
        if (query.text() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM occi_entity_attribute t WHERE t.entity_pk = e.pk")
                    .append(" AND LOWER(t.attr_value) LIKE ? ESCAPE '!')");
            parameters.add("%" + escapeLike(query.text().toLowerCase(Locale.ROOT)) + "%");
        }
        return new EntityFilter(where.toString(), List.copyOf(parameters));
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
