package occi.platform.runtime.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The configuration of {@link ExposureGuard} (PID {@code occi.platform.guard}). */
@ObjectClassDefinition(name = "Platform exposure guard", description = "Answers 503 to requests to a server that listens "
        + "beyond loopback while its authentication service is absent.")
public @interface ExposureGuardConfig {

    @AttributeDefinition(name = "Authentication service", description = "LDAP filter selecting the JAX-RS filter service "
            + "that authenticates requests; while none is there and applied, exposed requests get 503.")
    String security_target() default ExposureGuard.SECURITY_TARGET;
}
