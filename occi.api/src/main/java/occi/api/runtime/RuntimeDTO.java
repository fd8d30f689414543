package occi.api.runtime;

import org.osgi.dto.DTO;

/** The OCCI server at one moment: where it answers and every service it uses or refused. */
public class RuntimeDTO extends DTO {

    /** Raised on every change of the services the server uses; equal counts, equal services. */
    public long changeCount;

    /** The server's configured base path, e.g. {@code /}. */
    public String basePath;

    /** The base URIs it answers at: each endpoint of the JAX-RS runtime with the base path; empty before HTTP is up. */
    public String[] baseUris;

    /** The registry in use; null when there is none (every OCCI request answers 503). */
    public RegistryDTO registry;

    /** Every registry present, the one in use first. */
    public RegistryDTO[] registries;

    /** Every backend that serves at least one category, entity stores included. */
    public BackendDTO[] backends;

    /** Every rendering used for at least one media type, highest ranked first. */
    public RenderingDTO[] renderings;

    /** Every service refused or dropped, and every failed component meant to provide one, with the reason. */
    public FailedServiceDTO[] failedServices;

    /**
     * Location spaces (e.g. {@code /testbed/node/}) of entity stores that left: requests there
     * answer 503 until a store for them is back (they are forgotten some minutes later).
     */
    public String[] departedLocations;
}
