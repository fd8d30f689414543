package occi.api;

import java.time.Duration;
import java.util.Optional;

/**
 * An OCCI request that cannot be served, with the HTTP status the client gets and a short
 * human-readable message. Backends throw it to veto an operation; the server renders it
 * in the negotiated rendering and leaves the registry as it was.
 *
 * <pre>
 * throw OcciException.conflict("compute " + id + " is still attached to a network");
 * </pre>
 */
public class OcciException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    /** When the client may try again (a 503 or 429 that will pass), or {@code null}. */
    private final Duration retryAfter;

    public OcciException(int status, String message) {
        this(status, message, null);
    }

    public OcciException(int status, String message, Throwable cause) {
        this(status, message, cause, null);
    }

    /**
     * An error with a hint when to try again, which the server sends as the {@code Retry-After}
     * header (in whole seconds, at least 1).
     *
     * @param retryAfter how long the client should wait before retrying, or {@code null} for no hint
     * @since 1.1
     */
    public OcciException(int status, String message, Throwable cause, Duration retryAfter) {
        super(message, cause);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an OCCI error has a 4xx or 5xx status, not " + status);
        }
        if (retryAfter != null && retryAfter.isNegative()) {
            throw new IllegalArgumentException("a retry hint is not negative: " + retryAfter);
        }
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /** The HTTP status: 400, 401, 403, 404, 405, 406, 409, 412, 413, 415, 500, 501, 503 ... */
    public int status() {
        return status;
    }

    public static OcciException badRequest(String message) {
        return new OcciException(400, message);
    }

    public static OcciException unauthorized(String message) {
        return new OcciException(401, message);
    }

    public static OcciException forbidden(String message) {
        return new OcciException(403, message);
    }

    public static OcciException notFound(String message) {
        return new OcciException(404, message);
    }

    public static OcciException conflict(String message) {
        return new OcciException(409, message);
    }

    public static OcciException preconditionFailed(String message) {
        return new OcciException(412, message);
    }

    public static OcciException unavailable(String message) {
        return new OcciException(503, message);
    }

    /**
     * 503 with a hint when the service should be back: {@code Retry-After} for the client.
     *
     * @since 1.1
     */
    public static OcciException unavailable(String message, Duration retryAfter) {
        return new OcciException(503, message, null, retryAfter);
    }

    /**
     * How long the client should wait before trying again, if the thrower knows.
     *
     * @since 1.1
     */
    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }

    /**
     * The retry hint as the value of an HTTP {@code Retry-After} header: whole seconds, rounded
     * up, at least 1; empty without a hint.
     *
     * @since 1.1
     */
    public Optional<String> retryAfterHeader() {
        return retryAfter().map(d -> Long.toString(Math.max(1, (d.toMillis() + 999) / 1000)));
    }
}
