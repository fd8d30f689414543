package occi.api.rendering;

import java.util.Map;
import occi.api.CategoryId;

/**
 * An action invocation as a client sent it: the action's category (or {@code null} when
 * the client named it only in {@code ?action=}) and its attributes.
 */
public record ActionInvocation(CategoryId action, Map<String, Object> attributes) {

    public ActionInvocation {
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(attributes));
    }
}
