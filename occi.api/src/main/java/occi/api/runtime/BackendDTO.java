package occi.api.runtime;

/** A backend service the server uses: the categories it serves and those it was refused. */
public class BackendDTO extends OcciServiceDTO {

    /** {@value #KIND_BACKEND} and so on: the SPI interfaces the service object implements. */
    public String[] roles;

    /** Whether it keeps its kinds' entities itself ({@code EntityStore}) instead of the registry. */
    public boolean entityStore;

    /** The type identifiers of the categories the server serves from it. */
    public String[] categories;

    /** The categories it defines that the server does not serve, each with the reason. */
    public RefusedCategoryDTO[] refusedCategories;

    public static final String KIND_BACKEND = "KindBackend";
    public static final String MIXIN_BACKEND = "MixinBackend";
    public static final String ACTION_BACKEND = "ActionBackend";
    public static final String ENTITY_STORE = "EntityStore";
}
