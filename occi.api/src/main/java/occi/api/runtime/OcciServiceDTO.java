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

    /** What the server makes of it at a glance: one of the constants below. */
    public String state;

    /** A backend or rendering used for everything it offers; the registry in use, available. */
    public static final String SERVING = "SERVING";
    /** A backend with some categories refused, or a rendering with some media types shadowed: it serves the rest. */
    public static final String PARTLY_SERVING = "PARTLY_SERVING";
    /** A registry present but ranked below the one in use. */
    public static final String STANDBY = "STANDBY";
    /** A registry that stands in for one that cannot serve: while in use, every OCCI request answers 503. */
    public static final String UNAVAILABLE = "UNAVAILABLE";
    /** A service the server does not use: everything it offers clashes or is invalid. */
    public static final String REFUSED = "REFUSED";
    /** A component whose activation failed. */
    public static final String FAILED = "FAILED";
    /** A component waiting for a service it requires. */
    public static final String WAITING = "WAITING";
}
