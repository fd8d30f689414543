package occi.admin.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How the administration tools (console page, {@code occi:} commands) reach the OCCI server. */
@ObjectClassDefinition(name = "OCCI administration",
        description = "How the OCCI web console page and the occi: shell commands talk to the OCCI server over its own HTTP API.")
public @interface AdminConfig {

    String PID = "occi.admin";

    @AttributeDefinition(name = "Server URL",
            description = "The OCCI server's base URL, e.g. http://127.0.0.1:8080/occi/. Empty: the JAX-RS runtime's "
                    + "endpoint with the OCCI server's configured base path (occi.server, base.path).")
    String server_url() default "";

    @AttributeDefinition(name = "User name",
            description = "User the tools authenticate as (HTTP Basic, an occi.security.user). Empty: anonymous, "
                    + "which occi.security allows on loopback unless its mode is ON.")
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD,
            description = "The user's password.")
    String password() default "";

    @AttributeDefinition(name = "Page size",
            description = "Entities fetched per request when listing a collection; at most the server's max.page.size.",
            min = "1")
    int page_size() default 500;

    @AttributeDefinition(name = "Entities per page",
            description = "How many entities a page of the console's entity table lists (counts always cover all of them).",
            min = "1")
    int listing_limit() default 50;

    @AttributeDefinition(name = "Request timeout", description = "Seconds to wait for one answer of the server.",
            min = "1")
    int timeout_seconds() default 10;
}
