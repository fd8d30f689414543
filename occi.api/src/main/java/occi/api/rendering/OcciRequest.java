package occi.api.rendering;

import java.io.InputStream;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A request as a rendering parses it: its headers (the text/occi rendering carries data
 * there) and its body. The server has already bounded the body's and headers' size.
 */
@ProviderType
public interface OcciRequest {

    /** Every value of a header, in order, one entry per header line (not split at commas). */
    List<String> headers(String name);

    /** The request's media type without parameters, e.g. {@code text/plain}, or {@code null}. */
    String contentType();

    /** The body; empty when there is none. */
    InputStream body();
}
