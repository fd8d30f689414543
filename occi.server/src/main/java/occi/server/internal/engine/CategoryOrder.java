package occi.server.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Mixin;

/**
 * The query interface's order: each category after the one its text {@code rel} names (a
 * kind's parent, a mixin's first {@code depends}) when that one is listed too, otherwise as
 * the model has them. Clients that build their model line by line (jOCCI) refuse a
 * {@code rel} to a category they have not read yet.
 */
final class CategoryOrder {

    private CategoryOrder() {}

    static List<Category> relatedFirst(List<Category> categories) {
        Map<CategoryId, Category> byId = new LinkedHashMap<>();
        categories.forEach(c -> byId.putIfAbsent(c.id(), c));
        List<Category> ordered = new ArrayList<>(categories.size());
        Set<CategoryId> placed = new HashSet<>();
        for (Category category : categories) {
            place(category, byId, placed, ordered);
        }
        return ordered;
    }

    private static void place(Category category, Map<CategoryId, Category> byId, Set<CategoryId> placed, List<Category> ordered) {
        if (!placed.add(category.id())) {
            return; // already placed, or being placed (a cycle a broken model could hold)
        }
        CategoryId rel = category instanceof Kind kind ? kind.parent()
                : category instanceof Mixin mixin && !mixin.depends().isEmpty() ? mixin.depends().get(0) : null;
        if (rel != null && byId.containsKey(rel)) {
            place(byId.get(rel), byId, placed, ordered);
        }
        ordered.add(category);
    }
}
