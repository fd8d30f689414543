package occi.api.runtime;

/** A {@code Registry} service: where entities live. */
public class RegistryDTO extends OcciServiceDTO {

    /** Whether the server uses it: the highest-ranked registry present. */
    public boolean inUse;

    /**
     * Whether what it holds survives a restart, from its {@value OcciServiceRuntime#REGISTRY_PERSISTENT}
     * property; null when the registry does not say.
     */
    public Boolean persistent;

    /** False while it stands in for a registry that cannot serve (every OCCI request answers 503). */
    public boolean available;

    /** Why it is not available, as clients are told; null when it is. */
    public String reason;
}
