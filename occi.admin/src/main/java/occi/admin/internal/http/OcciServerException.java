package occi.admin.internal.http;

/** The OCCI server could not be reached, or refused a request the tools rely on. */
public class OcciServerException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OcciServerException(String message) {
        super(message);
    }

    public OcciServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
