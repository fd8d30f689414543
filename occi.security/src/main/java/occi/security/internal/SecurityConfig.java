package occi.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** How requests to the platform's HTTP APIs are authenticated (PID {@code occi.security}). */
@ObjectClassDefinition(name = "OCCI security", description = "Authentication of every request to the OCCI server "
        + "and the platform's other JAX-RS resources. Users are 'OCCI user' configurations.")
public @interface SecurityConfig {

    /** When authentication is required. */
    enum Mode { AUTO, ON, OFF }

    @AttributeDefinition(name = "Authentication", description = "AUTO: required as soon as the HTTP server listens "
            + "on any address other than loopback; ON: always required; OFF: never required (credentials that are "
            + "sent are still checked).", options = {
                @Option(value = "AUTO", label = "Required unless listening on loopback only"),
                @Option(value = "ON", label = "Always required"),
                @Option(value = "OFF", label = "Not required")})
    Mode mode() default Mode.AUTO;

    @AttributeDefinition(name = "Realm", description = "The realm named in WWW-Authenticate challenges.")
    String realm() default "OCCI";

    @AttributeDefinition(name = "Applications", description = "LDAP filter selecting the JAX-RS applications "
            + "that are protected. The default application carries the OCCI server and /system/status; "
            + "applications with their own authentication (the local CONFINE controller) are left alone.")
    String osgi_jaxrs_application_select() default AuthenticationFilter.DEFAULT_APPLICATIONS;

    @AttributeDefinition(name = "Free failed logins", min = "0", description = "Failed logins a client (remote address) "
            + "may have before it is locked out; each further failure doubles the lockout (1 s, 2 s, 4 s, ...).")
    int login_free_failures() default 5;

    @AttributeDefinition(name = "Longest lockout (seconds)", min = "1", description = "The most a client is locked out "
            + "after failed logins; a client quiet for this long is forgotten.")
    int login_max_lockout_seconds() default 300;
}
