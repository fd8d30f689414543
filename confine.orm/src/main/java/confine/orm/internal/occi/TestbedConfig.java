package confine.orm.internal.occi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "CONFINE testbed over OCCI",
        description = "Serves one CONFINE testbed through the OCCI server: nodes, slices, slivers (as compute), templates (as os_tpl).")
@interface TestbedConfig {

    @AttributeDefinition(name = "Name", description = "Names the testbed's OCCI locations (/<name>/node/ ...) and scheme "
            + "(http://occi.platform/confine/<name>#); lower case letters, digits and '-'; unique among the mapped testbeds")
    String name() default "testbed";

    @AttributeDefinition(name = "Controller base URL", description = "The CONFINE API base, e.g. https://controller.example.org/api/; "
            + "empty: the local controller of this container, at the controller path below")
    String base_url() default "";

    @AttributeDefinition(name = "Local controller path", description = "Where the local controller is served, used when the base URL is empty")
    String local_path() default "/confine/api/";

    @AttributeDefinition(name = "User name", description = "Every OCCI request reaches the controller as this user (empty: anonymously)")
    String username() default "";

    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD)
    String password() default "";

    @AttributeDefinition(name = "Token", type = AttributeType.PASSWORD, description = "A CONFINE API token; used instead of user name and password")
    String token() default "";

    @AttributeDefinition(name = "Requests in flight", description = "Concurrent requests to the controller at most", min = "1")
    int max_in_flight() default 8;

    @AttributeDefinition(name = "Freshness (ms)", description = "How long a resource or collection read from the controller is served "
            + "before it is read again", min = "1")
    long freshness_ms() default 1000;

    @AttributeDefinition(name = "Template discovery interval (seconds)", description = "How often the controller's templates are read "
            + "to update the os_tpl mixins", min = "1")
    long discovery_seconds() default 5;
}
