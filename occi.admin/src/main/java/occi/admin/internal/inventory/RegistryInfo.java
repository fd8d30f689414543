package occi.admin.internal.inventory;

/** A {@code Registry} service: its ranking, its class, its bundle and whether the server uses it (the highest ranked). */
public record RegistryInfo(int ranking, String implementation, String bundle, long serviceId, boolean inUse) {
}
