package occi.api.rendering;

import java.util.List;
import java.util.Map;
import occi.api.CategoryId;

/**
 * A link as a client wrote it inside a resource (a {@code Link:} line, a JSON {@code links}
 * entry): not yet checked against the model.
 *
 * @param target     the target location or URI as given
 * @param targetKind the target's kind as given ({@code rel}), or {@code null}
 * @param kind       the link's kind ({@code category=}), or {@code null} for core link
 * @param mixins     further categories of the link
 * @param attributes its attributes, typed as far as the rendering can tell
 * @param location   the link's own location ({@code self=}), or {@code null}
 */
public record LinkRepresentation(String target, CategoryId targetKind, CategoryId kind, List<CategoryId> mixins,
        Map<String, Object> attributes, String location) {

    public LinkRepresentation {
        mixins = List.copyOf(mixins == null ? List.of() : mixins);
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
