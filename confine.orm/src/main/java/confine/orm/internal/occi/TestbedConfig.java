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

    @AttributeDefinition(name = "User name", description = "The default CONFINE identity: requests of anonymous and unmapped OCCI users "
            + "reach the controller as this user (empty: anonymously)")
    String username() default "";

    /** {@code .password}: private, so never a service property of the backend. */
    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD, description = "The default user's password, sent once to obtain an auth token")
    String _password() default "";

    /** {@code .token}: private, like the password. */
    @AttributeDefinition(name = "Token", type = AttributeType.PASSWORD, description = "A CONFINE API token; used instead of user name and password")
    String _token() default "";

    @AttributeDefinition(name = "OCCI users as CONFINE users", description = "Entries occiUser=confineUser: a request authenticated "
            + "as occiUser acts on the controller as confineUser, with the password or token given below (its own client session, "
            + "identity map and cache). Other users and anonymous requests use the default identity above")
    String[] principal_map() default {};

    /** {@code .principal.passwords}: private, so never a service property. */
    @AttributeDefinition(name = "Passwords of the mapped CONFINE users", type = AttributeType.PASSWORD, description = "Entries "
            + "occiUser=password: the password of the CONFINE user that occiUser is mapped to, sent once to obtain an auth token")
    String[] _principal_passwords() default {};

    /** {@code .principal.tokens}: private, like the passwords. */
    @AttributeDefinition(name = "Tokens of the mapped CONFINE users", type = AttributeType.PASSWORD, description = "Entries "
            + "occiUser=token: a CONFINE API token for the user occiUser is mapped to; used instead of a password")
    String[] _principal_tokens() default {};

    @AttributeDefinition(name = "Requests in flight", description = "Concurrent requests to the controller at most", min = "1")
    int max_in_flight() default 8;

    @AttributeDefinition(name = "Freshness (ms)", description = "How long a resource or collection read from the controller is served "
            + "before it is read again", min = "1")
    long freshness_ms() default 1000;

    @AttributeDefinition(name = "Template discovery interval (seconds)", description = "How often the controller's templates are read "
            + "to update the os_tpl mixins", min = "1")
    long discovery_seconds() default 5;
}
