package occi.api.rendering;

import java.io.OutputStream;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Where a rendering writes a response: headers first, then the body, streamed (a
 * rendering of a large collection must not build the whole document in memory).
 * The server sets the status, {@code Content-Type} and {@code Content-Length}.
 */
@ProviderType
public interface OcciResponse {

    /** Adds a header line (text/occi renders data in headers). */
    void addHeader(String name, String value);

    /** The body. Headers added after the first byte is written are an error. */
    OutputStream body();
}
