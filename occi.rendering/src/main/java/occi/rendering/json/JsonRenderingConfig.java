package occi.rendering.json;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the OCCI JSON rendering, PID {@value JsonRendering#PID}. */
@ObjectClassDefinition(name = "OCCI JSON rendering",
        description = "application/occi+json and application/json: limits and how locations are written.")
public @interface JsonRenderingConfig {

    @AttributeDefinition(name = "Largest request body (bytes)",
            description = "A JSON request body longer than this is refused with 413 before it is parsed.", min = "1")
    int max_body_bytes() default 1024 * 1024;

    @AttributeDefinition(name = "Deepest nesting",
            description = "Arrays and objects nested deeper than this in a request body are refused with 400.", min = "4")
    int max_nesting_depth() default 64;

    @AttributeDefinition(name = "Absolute entity locations",
            description = "Write link source and target locations as absolute URLs (http://host/compute/42) "
                    + "instead of paths relative to the OCCI base (/compute/42). External targets are always absolute.")
    boolean absolute_entity_locations() default false;

    @AttributeDefinition(name = "Listing memory (bytes)",
            description = "A listing that mixes resources and links writes the kind met first straight to the client "
                    + "and holds the other back until the first array closes: up to this many bytes in memory, "
                    + "the rest in a temporary file.", min = "0")
    int listing_memory_bytes() default 256 * 1024;

    @AttributeDefinition(name = "Pretty print", description = "Indent responses (for people reading them; costs bytes).")
    boolean pretty_print() default false;
}
