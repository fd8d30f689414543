package occi.rendering.text;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * The limits of one text rendering component (PIDs {@code occi.rendering.text.TextPlainRendering},
 * {@code ...TextOcciRendering}, {@code ...UriListRendering}); they apply to requests from
 * the next one on, without restarting the component.
 */
@ObjectClassDefinition(name = "OCCI text rendering limits",
        description = "How much of a request the OCCI text renderings (text/plain, text/occi, text/uri-list) read before refusing it.")
public @interface TextLimitsConfig {

    @AttributeDefinition(name = "Longest line",
            description = "Characters in one body line or one header value; a longer one is refused with 400 Bad Request.",
            min = "1")
    int maxLineLength() default TextLimits.DEFAULT_MAX_LINE_LENGTH;

    @AttributeDefinition(name = "Most fields",
            description = "Category, Link, X-OCCI-Attribute and X-OCCI-Location values in one request (comma-joined values count one by one); more are refused with 400 Bad Request.",
            min = "1")
    int maxFields() default TextLimits.DEFAULT_MAX_FIELDS;

    @AttributeDefinition(name = "Largest body",
            description = "Bytes in one request body; a larger body is refused with 413 Request Entity Too Large.",
            min = "1")
    long maxBodyBytes() default TextLimits.DEFAULT_MAX_BODY_BYTES;
}
