package confine.controller.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The configuration of the container's local CONFINE controller (PID {@code confine.controller}). */
@ObjectClassDefinition(name = "Local CONFINE controller",
        description = "A development testbed kept in memory and seeded with sample data, serving the CONFINE REST API. "
                + "Not a real testbed: point the CONFINE client at a real controller and disable this one for real work.")
public @interface ControllerConfig {

    @AttributeDefinition(name = "Enabled", description = "Serve the local controller.")
    boolean enabled() default true;

    @AttributeDefinition(name = "Base path", description = "Path of the API base on the container's HTTP port.")
    String base_path() default "/confine/api/";

    @AttributeDefinition(name = "Generated nodes", description = "Nodes generated beside the sample node 1413.", min = "0")
    int seed_nodes() default 0;

    @AttributeDefinition(name = "Generated slices", description = "Slices generated beside the sample slice 7.", min = "0")
    int seed_slices() default 0;

    @AttributeDefinition(name = "Slivers per generated slice", description = "Each on another node.", min = "0")
    int seed_slivers_per_slice() default 0;

    @AttributeDefinition(name = "Latency (ms)", description = "Added to every request, to try clients against a slow controller.", min = "0")
    long latency_ms() default 0;

    @AttributeDefinition(name = "Password of user vct", type = AttributeType.PASSWORD, required = false,
            description = "Replaces the sample password vct. Without it the user vct is refused over a listener that is "
                    + "not loopback-only.")
    String user_password() default "";

    @AttributeDefinition(name = "Password of superuser admin", type = AttributeType.PASSWORD, required = false,
            description = "Replaces the sample password admin. Without it the superuser admin is refused over a listener "
                    + "that is not loopback-only.")
    String superuser_password() default "";

    @AttributeDefinition(name = "Largest request body (bytes)", min = "0",
            description = "Bodies declared or sent larger than this are refused with 413 before they are read.")
    long body_max_bytes() default 33554432L;
}
