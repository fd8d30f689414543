package occi.api;

/** A value that breaks its attribute's definition: the message names the attribute and the rule. */
public class InvalidAttributeException extends OcciException {

    private static final long serialVersionUID = 1L;

    private final String attribute;

    public InvalidAttributeException(String attribute, String rule) {
        super(400, "attribute " + attribute + ": " + rule);
        this.attribute = attribute;
    }

    /** The name of the attribute whose value was refused. */
    public String attribute() {
        return attribute;
    }
}
