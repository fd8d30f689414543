package occi.rendering.text;

import java.util.List;
import occi.api.CategoryId;
import occi.api.rendering.CategoryRepresentation;

/**
 * A Category field as parsed, with where it was, for errors found when the request is
 * put together (two kinds, a mixin given twice).
 *
 * @param representation what the client said about the category
 * @param actions        the actions it listed (a representation has no place for them)
 * @param where          where the field was
 */
record ParsedCategory(CategoryRepresentation representation, List<CategoryId> actions, String where) {

    CategoryId id() {
        return representation.id();
    }

    String categoryClass() {
        return representation.categoryClass();
    }
}
