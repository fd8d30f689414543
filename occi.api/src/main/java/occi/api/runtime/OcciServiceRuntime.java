package occi.api.runtime;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The OCCI server's view of itself, registered by the server as a service. Every call
 * answers a new snapshot; nothing in it refers back to a live service. The service's
 * {@value #CHANGE_COUNT} property is raised whenever a backend, registry or rendering comes,
 * goes or changes, so that a reader can tell cheaply whether to read again.
 */
@ProviderType
public interface OcciServiceRuntime {

    /** Service property of this service: a {@code Long} raised on every change (as {@code JaxrsServiceRuntime}'s). */
    String CHANGE_COUNT = "service.changecount";

    /**
     * Service property a {@code Registry} may carry: {@code Boolean.TRUE} when what it holds
     * is kept across restarts, {@code Boolean.FALSE} when it lives in memory.
     */
    String REGISTRY_PERSISTENT = "occi.registry.persistent";

    /**
     * Service property a {@code Registry} carries, {@code Boolean.TRUE}, while it stands in
     * for a registry that cannot serve (every call answers 503 with the reason).
     */
    String REGISTRY_UNAVAILABLE = "occi.registry.unavailable";

    /** The server now. */
    RuntimeDTO getRuntimeDTO();
}
