package confine.orm;

/**
 * A typed view of a CONFINE node ({@code /nodes/<id>/}): a device of the testbed that runs
 * slivers. {@code api.manager("nodes").get("id", 1413).as(Node.class).group().name()}.
 * Fields this view does not name stay readable through {@link Resource#get(String)}.
 */
public interface Node extends Resource {

    long id();

    String name();

    String description();

    /** The CPU architecture, e.g. {@code i686}. */
    String arch();

    /** The state the node is asked to be in: {@code debug}, {@code safe}, {@code production} or {@code failure}. */
    String setState();

    Group group();

    /** The island the node is on, or null. */
    Resource island();

    /** How often the node was asked to reboot. */
    long bootSn();

    /** The node's address on the management network, or null. */
    default String mgmtAddress() {
        com.fasterxml.jackson.databind.JsonNode net = get("mgmt_net");
        return net == null ? null : Views.text(net.path("addr"));
    }

    /** The slivers on the node ({@code create} fills in the node). */
    RelatedCollection slivers();

    Node name(String name);

    Node description(String description);

    Node setState(String state);
}
