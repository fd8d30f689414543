package confine.orm;

/** A bulk operation failed on some resources; {@link #outcome()} has every result and every failure. */
public class PartialFailureException extends ConfineException {

    private static final long serialVersionUID = 1L;

    private final transient Outcome outcome;

    public PartialFailureException(Outcome outcome) {
        super(outcome.toString());
        this.outcome = outcome;
    }

    public Outcome outcome() {
        return outcome;
    }
}
