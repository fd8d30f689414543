package confine.orm;

/**
 * A typed view of a CONFINE group ({@code /groups/<id>/}): who may run nodes and slices.
 * Read it from any group resource, {@code node.as(Node.class).group()} or
 * {@code api.manager("groups").get("id", 2).as(Group.class)}; every call reads the
 * resource's current representation (fetched on first use).
 */
public interface Group extends Resource {

    long id();

    String name();

    String description();

    /** Whether the group's members may register nodes. */
    boolean allowNodes();

    /** Whether the group's members may create slices. */
    boolean allowSlices();

    Group name(String name);

    Group description(String description);
}
