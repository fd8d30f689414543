package occi.rendering.text;

/** The media types of the OCCI text renderings (GFD.229). */
final class MediaTypes {

    /** Data in the body, one field per line. */
    static final String TEXT_PLAIN = "text/plain";
    /** GFD.229's own name for the same rendering as text/plain. */
    static final String TEXT_OCCI_PLAIN = "text/occi+plain";
    /** Data in the HTTP headers, body {@code OK}. */
    static final String TEXT_OCCI = "text/occi";
    /** Listings only: one absolute URI per line (RFC 2483). */
    static final String TEXT_URI_LIST = "text/uri-list";

    private MediaTypes() {}
}
