package occi.rendering.json;

import java.util.List;
import java.util.stream.Collectors;
import occi.api.OcciException;

/**
 * A client document that breaks the OCCI JSON schema (or a rule the schema cannot state,
 * such as a malformed type identifier): 400, with the JSON pointer and rule of each
 * violation in the message.
 */
public class SchemaViolationException extends OcciException {

    private static final long serialVersionUID = 1L;
    /** More than this many violations are counted, not listed, in the message. */
    private static final int LISTED = 5;

    private final transient List<Violation> violations;

    public SchemaViolationException(String what, List<Violation> violations) {
        super(400, message(what, violations));
        this.violations = List.copyOf(violations);
    }

    public SchemaViolationException(String what, Violation violation) {
        this(what, List.of(violation));
    }

    /** Every violation found: schema violations ordered by pointer, the others in document order. */
    public List<Violation> violations() {
        return violations;
    }

    private static String message(String what, List<Violation> violations) {
        String listed = violations.stream().limit(LISTED).map(Violation::toString).collect(Collectors.joining("; "));
        int more = violations.size() - LISTED;
        return listed + (more > 0 ? "; and " + more + " more" : "") + " (in " + what + ")";
    }
}
