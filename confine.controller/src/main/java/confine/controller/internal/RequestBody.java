package confine.controller.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * A request's body, read only when the controller needs it (after it knows who asks) and never
 * beyond a limit: a declared {@code Content-Length} over the limit is refused before anything
 * is read, and a body without one stops being read one byte past the limit. Both are 413.
 */
public final class RequestBody {

    /** The default limit: more than any document or upload the sample testbed needs. */
    public static final long DEFAULT_MAX_BYTES = 32L * 1024 * 1024;
    static final RequestBody EMPTY = of(new byte[0]);

    private final InputStream in;
    private final long declaredLength;
    private final long maxBytes;
    private byte[] bytes;

    private RequestBody(InputStream in, long declaredLength, long maxBytes, byte[] bytes) {
        this.in = in;
        this.declaredLength = declaredLength;
        this.maxBytes = maxBytes;
        this.bytes = bytes;
    }

    /** A body already in memory (tests, the controller's own sub-requests). */
    public static RequestBody of(byte[] bytes) {
        return new RequestBody(null, bytes.length, Long.MAX_VALUE, bytes);
    }

    /**
     * A body still on the wire: {@code declaredLength} is the request's Content-Length (-1 when
     * it has none), {@code maxBytes} the most the controller reads.
     */
    public static RequestBody stream(InputStream in, long declaredLength, long maxBytes) {
        return new RequestBody(in, declaredLength, maxBytes, null);
    }

    /** Refuses a body whose declared length is over the limit, without reading it. */
    void checkDeclared() {
        if (declaredLength > maxBytes) {
            throw tooLarge();
        }
    }

    /** The body's bytes, read on first use; 413 past the limit, 400 when the client stops sending. */
    synchronized byte[] bytes() {
        if (bytes == null) {
            checkDeclared();
            try (InputStream body = in) {
                byte[] read = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
                if (read.length > maxBytes) {
                    throw tooLarge();
                }
                bytes = read;
            } catch (IOException broken) {
                throw ApiError.detail(400, "The request body could not be read: the client stopped sending it.");
            }
        }
        return bytes;
    }

    private ApiError tooLarge() {
        return ApiError.detail(413, "The request body is larger than this controller accepts (" + maxBytes
                + " bytes; the configuration's body.max.bytes).");
    }
}
