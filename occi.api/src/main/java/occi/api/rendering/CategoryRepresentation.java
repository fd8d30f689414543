package occi.api.rendering;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import occi.api.AttributeDefinition;
import occi.api.CategoryId;

/**
 * A category as a client wrote it: a filter in a GET, a user-defined mixin in a POST to
 * the query interface, a mixin to remove in a DELETE. Not yet checked against the model.
 *
 * @param id            scheme and term
 * @param categoryClass {@code kind}, {@code mixin} or {@code action}, or {@code null} if not given
 * @param title         the title given, or {@code null}
 * @param depends       categories named in {@code rel} (1.1) or {@code depends} (1.2)
 * @param applies       kinds named in {@code applies}
 * @param location      the location given, or {@code null}
 * @param attributes    attribute definitions given, if any
 */
public record CategoryRepresentation(CategoryId id, String categoryClass, String title, List<CategoryId> depends,
        List<CategoryId> applies, String location, Map<String, AttributeDefinition> attributes) {

    public CategoryRepresentation {
        Objects.requireNonNull(id, "id");
        depends = List.copyOf(depends == null ? List.of() : depends);
        applies = List.copyOf(applies == null ? List.of() : applies);
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
