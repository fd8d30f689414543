package occi.api.runtime;

/** A {@code Rendering} service: the media types it is used for. */
public class RenderingDTO extends OcciServiceDTO {

    /** The media types of responses its {@code occi.rendering.produces} property names. */
    public String[] produces;

    /** The media types of request bodies its {@code occi.rendering.consumes} property names. */
    public String[] consumes;

    /**
     * The media types it names that a higher-ranked rendering serves instead (in either
     * direction): the server never uses it for them.
     */
    public String[] shadowed;
}
