package occi.rendering.json;

/**
 * One way a document breaks its schema: where (a JSON pointer into the document, RFC 6901;
 * empty for the document itself) and which rule.
 */
public record Violation(String pointer, String rule) {

    /** {@code /attributes/occi.compute.cores: expected number, not string}. */
    @Override
    public String toString() {
        return (pointer.isEmpty() ? "document" : pointer) + ": " + rule;
    }

    /** The pointer to a member of the object at {@code parent}, escaped as RFC 6901 requires. */
    static String child(String parent, String member) {
        return parent + "/" + member.replace("~", "~0").replace("/", "~1");
    }

    /** The pointer to an element of the array at {@code parent}. */
    static String child(String parent, int index) {
        return parent + "/" + index;
    }
}
