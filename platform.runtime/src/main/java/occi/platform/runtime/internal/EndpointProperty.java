package occi.platform.runtime.internal;

import java.util.Arrays;
import java.util.List;
import org.osgi.util.converter.Converters;

/**
 * Reads an HTTP or JAX-RS runtime's endpoint property ({@code osgi.http.endpoint},
 * {@code osgi.jaxrs.endpoint}), which the specifications allow as a string, an array or a
 * collection of URLs: the OSGi Converter reads every form (none: empty), blank entries name
 * nothing and are left out.
 */
final class EndpointProperty {

    private EndpointProperty() {}

    static List<String> values(Object property) {
        return Arrays.stream(Converters.standardConverter().convert(property).to(String[].class))
                .filter(value -> !value.isBlank()).toList();
    }
}
