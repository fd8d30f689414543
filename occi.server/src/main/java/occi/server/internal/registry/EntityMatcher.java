package occi.server.internal.registry;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.backend.EntityQuery;

/** Whether an entity meets an {@link EntityQuery}'s constraints (everything but the path and the page). */
public final class EntityMatcher {

    private EntityMatcher() {}

    public static boolean matches(EntityQuery query, Entity entity) {
        if (!entity.location().startsWith(query.pathPrefix()) || !query.entityType().isInstance(entity)) {
            return false;
        }
        for (Set<CategoryId> constraint : query.categories()) {
            if (!constraint.contains(entity.kind()) && entity.mixins().stream().noneMatch(constraint::contains)) {
                return false;
            }
        }
        if (query.attributes().isEmpty() && query.text() == null) {
            return true; // the common listing: no need to assemble the entity's attributes
        }
        Map<String, Object> all = entity.allAttributes();
        for (Map.Entry<String, Object> wanted : query.attributes().entrySet()) {
            if (!sameValue(wanted.getValue(), all.get(wanted.getKey()))) {
                return false;
            }
        }
        return query.text() == null || containsText(all, query.text());
    }

    /** Values compare canonically: 2, 2.0 and "2" are not the same, but 2 (Long) and 2 (BigDecimal) are. */
    static boolean sameValue(Object wanted, Object actual) {
        if (wanted instanceof Number a && actual instanceof Number b) {
            return new BigDecimal(a.toString()).compareTo(new BigDecimal(b.toString())) == 0;
        }
        return Objects.equals(wanted, actual);
    }

    private static boolean containsText(Map<String, Object> attributes, String text) {
        String needle = text.toLowerCase(Locale.ROOT);
        return attributes.values().stream().anyMatch(v -> String.valueOf(v).toLowerCase(Locale.ROOT).contains(needle));
    }
}
