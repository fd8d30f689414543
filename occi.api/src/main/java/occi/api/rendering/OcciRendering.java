package occi.api.rendering;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * The service properties of a {@link Rendering}: the media types it writes and those it
 * reads. The server negotiates from these properties, without calling the service.
 *
 * <pre>
 * {@literal @}Component(service = Rendering.class)
 * {@literal @}OcciRendering(produces = "text/csv", consumes = {})
 * public class CsvRendering implements Rendering { ... }
 * </pre>
 */
@ComponentPropertyType
public @interface OcciRendering {

    String PREFIX_ = "occi.rendering.";

    /** Property {@code occi.rendering.produces}: media types of responses, preferred first. */
    String[] produces();

    /** Property {@code occi.rendering.consumes}: media types of request bodies it parses. */
    String[] consumes();
}
