package occi.platform.runtime.internal;

import java.util.Collection;
import java.util.List;

/**
 * Reads an HTTP or JAX-RS runtime's endpoint property ({@code osgi.http.endpoint},
 * {@code osgi.jaxrs.endpoint}), which the specifications allow as a string, an array or a
 * collection of URLs.
 */
final class EndpointProperty {

    private EndpointProperty() {}

    static List<String> values(Object property) {
        if (property instanceof String[] array) {
            return List.of(array);
        }
        if (property instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).toList();
        }
        return property == null ? List.of() : List.of(String.valueOf(property));
    }
}
