package confine.orm;

import java.net.URI;

/** The controller could not be reached (refused, dropped, timed out), after every retry allowed. */
public class UnreachableException extends ConfineException {

    private static final long serialVersionUID = 1L;

    private final URI uri;

    public UnreachableException(URI uri, String message, Throwable cause) {
        super(message, cause);
        this.uri = uri;
    }

    public URI uri() {
        return uri;
    }
}
