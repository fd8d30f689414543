package confine.orm.internal.occi;

import java.util.Objects;
import java.util.Set;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.backend.EntityQuery;

/** Whether an entity meets an {@link EntityQuery}: path, categories, attributes, text and type. */
final class EntityFilter {

    private EntityFilter() {}

    static boolean matches(Entity entity, EntityQuery query) {
        if (!entity.location().startsWith(query.pathPrefix()) || !query.entityType().isInstance(entity)) {
            return false;
        }
        for (Set<CategoryId> allowed : query.categories()) {
            if (!allowed.contains(entity.kind()) && entity.mixins().stream().noneMatch(allowed::contains)) {
                return false;
            }
        }
        var all = entity.allAttributes();
        for (var wanted : query.attributes().entrySet()) {
            if (!Objects.equals(all.get(wanted.getKey()), wanted.getValue())) {
                return false;
            }
        }
        return query.text() == null || all.values().stream().anyMatch(v -> String.valueOf(v).contains(query.text()));
    }
}
