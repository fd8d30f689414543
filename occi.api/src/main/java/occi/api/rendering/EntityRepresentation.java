package occi.api.rendering;

import java.util.List;
import java.util.Map;
import occi.api.CategoryId;

/**
 * An entity as a client sent it, parsed but not yet checked against the model: the server
 * validates categories and attributes, fills defaults and manages {@code occi.core.*}.
 *
 * @param kind         the kind given, or {@code null} (the server may take it from the URL)
 * @param mixins       the mixins given
 * @param attributes   every attribute given ({@code occi.core.*} included), typed as far as the
 *                     rendering can tell: a quoted text value is a String, an unquoted number a
 *                     Long or BigDecimal, true/false a Boolean
 * @param links        links given inline (resources only); action links are dropped by the parser
 * @param unclassified categories given without saying whether they are a kind or a mixin (OCCI 1.1
 *                     clients leave out {@code class}): the server looks them up in its model
 * @since 1.2
 */
public record EntityRepresentation(CategoryId kind, List<CategoryId> mixins, Map<String, Object> attributes,
        List<LinkRepresentation> links, List<CategoryId> unclassified) {

    public EntityRepresentation {
        mixins = List.copyOf(mixins == null ? List.of() : mixins);
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
        links = List.copyOf(links == null ? List.of() : links);
        unclassified = List.copyOf(unclassified == null ? List.of() : unclassified);
    }

    /** A representation whose categories all say what they are. */
    public EntityRepresentation(CategoryId kind, List<CategoryId> mixins, Map<String, Object> attributes,
            List<LinkRepresentation> links) {
        this(kind, mixins, attributes, links, List.of());
    }
}
