package occi.infrastructure.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.OcciException;

/** Checks an invocation's attributes against its action and fills in the defaults. */
final class ActionAttributes {

    private ActionAttributes() {}

    /**
     * The attributes a driver gets: each one the action defines, coerced, or its default;
     * an unknown or missing required attribute is a 400.
     */
    static Map<String, Object> resolve(Action action, Map<String, Object> given) {
        Map<String, Object> supplied = given == null ? Map.of() : given;
        for (String name : supplied.keySet()) {
            if (!action.attributes().containsKey(name)) {
                throw OcciException.badRequest("action " + action.id().term() + " has no attribute " + name
                        + (action.attributes().isEmpty() ? "" : " (it takes " + String.join(", ", action.attributes().keySet()) + ")"));
            }
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        for (AttributeDefinition definition : action.attributes().values()) {
            Object value = supplied.get(definition.name());
            if (value != null) {
                resolved.put(definition.name(), definition.coerce(value));
            } else if (definition.defaultValue() != null) {
                resolved.put(definition.name(), definition.defaultValue());
            } else if (definition.required()) {
                throw OcciException.badRequest("action " + action.id().term() + " needs the attribute " + definition.name());
            }
        }
        return resolved;
    }
}
