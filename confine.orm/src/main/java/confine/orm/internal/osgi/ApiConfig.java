package confine.orm.internal.osgi;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "CONFINE client session",
        description = "A session with one CONFINE controller, offered as a confine.orm.Api service.")
@interface ApiConfig {

    @AttributeDefinition(name = "Base URL", description = "The controller's API base, e.g. http://127.0.0.1:8080/confine/api/")
    String base_url();

    @AttributeDefinition(name = "User name", description = "Logs in with this user on first use (empty: anonymous)")
    String username() default "";

    /** {@code .password}: a private property, so it is never copied into the Api service's properties. */
    @AttributeDefinition(name = "Password", type = AttributeType.PASSWORD,
            description = "The user's password, sent once to obtain an auth token")
    String _password() default "";

    /** {@code .token}: private, like the password. */
    @AttributeDefinition(name = "Token", type = AttributeType.PASSWORD,
            description = "An API token obtained elsewhere; used instead of a user name and password")
    String _token() default "";

    @AttributeDefinition(name = "Requests in flight per host", min = "1",
            description = "Requests under way at once to the controller's host; more wait their turn")
    int max_in_flight_per_host() default 8;

    @AttributeDefinition(name = "Identity map expiry (seconds)",
            description = "How long a fetched resource stays fresh; 0 or less: it never expires")
    long identity_map_expiry_seconds() default 60;

    @AttributeDefinition(name = "Request timeout (seconds)", min = "1",
            description = "How long one attempt of one request may take before it fails or is retried")
    long request_timeout_seconds() default 30;

    @AttributeDefinition(name = "Retries of idempotent requests", min = "0",
            description = "Retries of a GET, PUT or DELETE after a 502, 503, 504 or an I/O error, with a doubling backoff; a POST is never retried")
    int max_retries() default 3;
}
