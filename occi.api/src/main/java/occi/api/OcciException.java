package occi.api;

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

    public OcciException(int status, String message) {
        this(status, message, null);
    }

    public OcciException(int status, String message, Throwable cause) {
        super(message, cause);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("an OCCI error has a 4xx or 5xx status, not " + status);
        }
        this.status = status;
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
}
