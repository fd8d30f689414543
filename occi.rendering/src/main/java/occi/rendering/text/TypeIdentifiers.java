package occi.rendering.text;

import java.util.ArrayList;
import java.util.List;
import occi.api.CategoryId;

/** Reads type identifiers ({@code scheme#term}) and space-separated lists of them ({@code rel}, {@code actions}, {@code category}). */
final class TypeIdentifiers {

    private TypeIdentifiers() {}

    static CategoryId one(String typeId, String what, Cursor cursor) {
        try {
            return CategoryId.parse(typeId);
        } catch (IllegalArgumentException e) {
            throw cursor.error(what + ": " + e.getMessage());
        }
    }

    static List<CategoryId> list(String typeIds, String what, Cursor cursor) {
        List<CategoryId> ids = new ArrayList<>();
        for (String typeId : typeIds.trim().split("\\s+")) {
            if (!typeId.isEmpty()) {
                ids.add(one(typeId, what, cursor));
            }
        }
        return ids;
    }
}
