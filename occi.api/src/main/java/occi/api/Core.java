package occi.api;

import java.util.List;

/**
 * The OCCI core model: the kinds {@code entity}, {@code resource} and {@code link} and
 * their {@code occi.core.*} attributes. The server always lists these three in its query
 * interface, whatever backends are present.
 *
 * <p>Every core kind has a location, {@code entity} too ({@code /entity/}, where every
 * entity the caller may see is listed): GFD.223 says a kind that cannot be instantiated
 * is not bound to a path, but clients in use (jOCCI) refuse a query interface in which a
 * kind has no location. {@code entity} stays not instantiable: nothing is created there.
 */
public final class Core {

    public static final String SCHEME = "http://schemas.ogf.org/occi/core#";
    public static final String CORE_ATTRIBUTE_PREFIX = "occi.core.";

    public static final String ID = "occi.core.id";
    public static final String TITLE = "occi.core.title";
    public static final String SUMMARY = "occi.core.summary";
    public static final String SOURCE = "occi.core.source";
    public static final String TARGET = "occi.core.target";

    public static final Kind ENTITY = new Kind(new CategoryId(SCHEME, "entity"), "Entity", null, Kind.attributes(
            AttributeDefinition.builder(ID, AttributeType.STRING).immutable().required().description("identifier of the entity").build(),
            AttributeDefinition.builder(TITLE, AttributeType.STRING).description("title of the entity").build()),
            List.of(), "/entity/");

    public static final Kind RESOURCE = new Kind(new CategoryId(SCHEME, "resource"), "Resource", ENTITY.id(), Kind.attributes(
            AttributeDefinition.builder(SUMMARY, AttributeType.STRING).description("summary of the resource").build()),
            List.of(), "/resource/");

    public static final Kind LINK = new Kind(new CategoryId(SCHEME, "link"), "Link", ENTITY.id(), Kind.attributes(
            AttributeDefinition.builder(SOURCE, AttributeType.STRING).immutable().required().description("location of the source resource").build(),
            AttributeDefinition.builder(TARGET, AttributeType.STRING).required().description("location or URI of the target").build()),
            List.of(), "/link/");

    /** The three core kinds, parents first. */
    public static final List<Kind> KINDS = List.of(ENTITY, RESOURCE, LINK);

    private Core() {}
}
