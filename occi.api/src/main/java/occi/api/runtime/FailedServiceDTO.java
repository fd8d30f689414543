package occi.api.runtime;

/**
 * A service the server does not use, or a component that was meant to provide one and
 * does not: a backend all of whose categories were refused, a rendering all of whose
 * media types another serves first, a backend, registry or rendering component that failed
 * to activate or waits for a service.
 */
public class FailedServiceDTO extends OcciServiceDTO {

    /** {@value #BACKEND}, {@value #RENDERING} or {@value #REGISTRY}. */
    public String serviceType;

    /** The Declarative Services component, when one provides (or failed to provide) it; else null. */
    public String component;

    /** One of the constants below. */
    public String reason;

    /** The reason in words: what clashes with whom, or the activation's failure. */
    public String message;

    /** For a backend: every category it was refused, each with its reason. */
    public RefusedCategoryDTO[] refusedCategories;

    public static final String BACKEND = "backend";
    public static final String RENDERING = "rendering";
    public static final String REGISTRY = "registry";

    /** A category another backend (or OCCI Core) already defines. */
    public static final String CLASHING_CATEGORY = "CLASHING_CATEGORY";
    /** A kind or mixin location another category already has, or one the protocol reserves. */
    public static final String CLASHING_LOCATION = "CLASHING_LOCATION";
    /** A kind whose parent kind is not in the model. */
    public static final String MISSING_PARENT = "MISSING_PARENT";
    /** A backend whose {@code categories()} threw or listed a null. */
    public static final String INVALID_CATEGORIES = "INVALID_CATEGORIES";
    /** A rendering whose every media type a higher-ranked rendering serves. */
    public static final String CLASHING_MEDIA_TYPE = "CLASHING_MEDIA_TYPE";
    /** A rendering that names no media type. */
    public static final String NO_MEDIA_TYPE = "NO_MEDIA_TYPE";
    /** A component whose activation threw: its service was never registered, or was withdrawn. */
    public static final String FAILED_ACTIVATION = "FAILED_ACTIVATION";
    /** A component that waits for a service it requires. */
    public static final String UNSATISFIED_REFERENCE = "UNSATISFIED_REFERENCE";
}
