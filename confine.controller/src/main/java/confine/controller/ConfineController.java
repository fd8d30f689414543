package confine.controller;

import java.util.Optional;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A running local controller: its base path, its data and its fault injection. Inside OSGi it
 * is a service registered by the controller's component (property {@code confine.controller.base}
 * holds the base path); outside, {@link LocalController} is one.
 */
@ProviderType
public interface ConfineController {

    /** Service property with the base path the controller serves, e.g. {@code /confine/api/}. */
    String BASE_PROPERTY = "confine.controller.base";

    /** The path of the API base, with leading and trailing slash, e.g. {@code /confine/api/}. */
    String basePath();

    /** The testbed's data, to read, add or change resources directly (no HTTP, no permission checks). */
    Testbed testbed();

    /** Latency and failures injected into the HTTP answers. */
    Faults faults();

    /**
     * The API token of the controller's local operator, its superuser, for a client on this
     * host that acts for a request made over loopback (the OCCI mapping of this container, for
     * anonymous requests from this host). Empty whenever the controller is, or may be,
     * reachable beyond loopback (a listener on another address or a wildcard, or none known
     * yet): there, every caller needs credentials of its own.
     *
     * @since 1.3
     */
    default Optional<String> localOperatorToken() {
        return Optional.empty();
    }
}
