package occi.api;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Copies and checks the parts categories share. */
final class Definitions {

    private Definitions() {}

    static Map<String, AttributeDefinition> attributes(Map<String, AttributeDefinition> attributes) {
        if (attributes == null) {
            return Map.of();
        }
        Map<String, AttributeDefinition> copy = new LinkedHashMap<>();
        attributes.forEach((name, definition) -> {
            if (!name.equals(definition.name())) {
                throw new IllegalArgumentException("attribute " + definition.name() + " filed under the name " + name);
            }
            copy.put(name, definition);
        });
        return Collections.unmodifiableMap(copy);
    }

    static Map<String, AttributeDefinition> attributes(Collection<AttributeDefinition> definitions) {
        Map<String, AttributeDefinition> map = new LinkedHashMap<>();
        definitions.forEach(d -> map.put(d.name(), d));
        return Collections.unmodifiableMap(map);
    }

    static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** A category location is a path that starts and ends with '/', e.g. {@code /compute/}. */
    static String location(String location, boolean optional) {
        if (location == null) {
            if (optional) {
                return null;
            }
            throw new IllegalArgumentException("a location is required");
        }
        if (!location.startsWith("/") || !location.endsWith("/") || location.length() < 3) {
            throw new IllegalArgumentException("a category location is a path such as /compute/, not '" + location + "'");
        }
        return location;
    }
}
