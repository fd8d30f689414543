package confine.orm;

/** Something went wrong talking to the controller; subclasses say what. */
public class ConfineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ConfineException(String message) {
        super(message);
    }

    public ConfineException(String message, Throwable cause) {
        super(message, cause);
    }
}
