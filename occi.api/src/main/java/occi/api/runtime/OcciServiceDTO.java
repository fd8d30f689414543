package occi.api.runtime;

import org.osgi.dto.DTO;

/** What every service the server uses or refused has in common: which service it is, and whose. */
public class OcciServiceDTO extends DTO {

    /** Its {@code service.id}; -1 for a component that never registered its service. */
    public long serviceId;

    /** Its {@code service.ranking} as the framework counts it (an Integer, anything else is 0). */
    public int ranking;

    /** The bundle that registered it (or holds the component). */
    public long bundleId;

    public String bundleSymbolicName;

    public String bundleVersion;

    /** The class of the service object, or the component's implementation class. */
    public String implementation;
}
