package occi.server.internal.runtime;

import occi.api.runtime.OcciServiceDTO;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;

/**
 * Which service a backend, rendering or registry is and whose, read once when the server
 * binds it (the bundle may be gone by the time someone asks).
 *
 * @param serviceId      its {@code service.id}
 * @param ranking        its {@code service.ranking} as the framework counts it
 * @param bundleId       the registering bundle's id, -1 when unknown
 * @param implementation the service object's class
 */
public record ServiceOrigin(long serviceId, int ranking, long bundleId, String bundleSymbolicName, String bundleVersion,
        String implementation) {

    /** Declarative Services' property naming a component: the implementation of a service the server does not hold. */
    static final String COMPONENT_NAME = "component.name";

    /** The origin of a service the server has just bound; without the object, the DS component's name stands for its class. */
    public static ServiceOrigin of(ServiceReference<?> reference, Object service) {
        Bundle bundle = reference.getBundle();
        Object ranking = reference.getProperty(Constants.SERVICE_RANKING);
        return new ServiceOrigin((Long) reference.getProperty(Constants.SERVICE_ID), ranking instanceof Integer i ? i : 0,
                bundle == null ? -1 : bundle.getBundleId(), bundle == null ? null : bundle.getSymbolicName(),
                bundle == null ? null : bundle.getVersion().toString(), service != null ? service.getClass().getName()
                        : reference.getProperty(COMPONENT_NAME) instanceof String component ? component : null);
    }

    /** How messages name it: {@code my.bundle 1.0.0 (service 42)}. */
    public String describe() {
        return (bundleSymbolicName == null ? "a bundle gone" : bundleSymbolicName + " " + bundleVersion) + " (service " + serviceId + ")";
    }

    /** Fills the fields every service DTO has. */
    <D extends OcciServiceDTO> D fill(D dto) {
        dto.serviceId = serviceId;
        dto.ranking = ranking;
        dto.bundleId = bundleId;
        dto.bundleSymbolicName = bundleSymbolicName;
        dto.bundleVersion = bundleVersion;
        dto.implementation = implementation;
        return dto;
    }
}
