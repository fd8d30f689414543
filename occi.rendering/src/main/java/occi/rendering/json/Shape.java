package occi.rendering.json;

/**
 * The JSON documents this rendering reads and writes, each a definition of the OCCI 1.2
 * JSON schema ({@code occi-1.2-json-schema.json}, as published) or of this rendering's
 * own extension schema ({@code occi-json-extensions.json}) for the two documents OCCI
 * 1.2 leaves undefined.
 */
public enum Shape {
    RESOURCE(Schemas.OCCI, "resource"),
    LINK(Schemas.OCCI, "link"),
    ACTION_INSTANCE(Schemas.OCCI, "action_instance"),
    RESOURCE_COLLECTION(Schemas.OCCI, "resource_collection"),
    LINK_COLLECTION(Schemas.OCCI, "link_collection"),
    ENTITY_COLLECTION(Schemas.OCCI, "entity_collection"),
    MODEL(Schemas.OCCI, "model"),
    CATEGORY_IDENTIFIERS(Schemas.OCCI, "category_identifiers"),
    LOCATION_LIST(Schemas.EXTENSIONS, "location_list"),
    MESSAGE(Schemas.EXTENSIONS, "message");

    private final String schema;
    private final String definition;

    Shape(String schema, String definition) {
        this.schema = schema;
        this.definition = definition;
    }

    /** The schema file, a resource next to this class. */
    public String schema() {
        return schema;
    }

    /** The definition's name under {@code definitions}. */
    public String definition() {
        return definition;
    }

    /** The schema files. */
    static final class Schemas {
        static final String OCCI = "occi-1.2-json-schema.json";
        static final String EXTENSIONS = "occi-json-extensions.json";

        private Schemas() {}
    }
}
