package occi.api;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Copies of attribute maps in canonical form, in insertion order, without {@code occi.core.*} keys. */
final class Attributes {

    private Attributes() {}

    static Map<String, Object> copy(Map<String, Object> attributes) {
        if (attributes == null || attributes.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        attributes.forEach((name, value) -> {
            if (name.startsWith(Core.CORE_ATTRIBUTE_PREFIX)) {
                throw new IllegalArgumentException(name + " is a field of the entity, not one of its attributes");
            }
            if (value == null) {
                throw new IllegalArgumentException("attribute " + name + " has no value");
            }
            copy.put(name, Values.canonical(value));
        });
        return Collections.unmodifiableMap(copy);
    }

    static void putIfPresent(Map<String, Object> target, String name, Object value) {
        if (value != null) {
            target.put(name, value);
        }
    }
}
