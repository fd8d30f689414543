package confine.controller.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Who may change what, as the CONFINE controller decides. Anyone may read. A superuser may do
 * everything. Nodes: group or node admins of the node's group, while the group allows nodes.
 * Slices, and the slivers of a slice: group or slice admins of the slice's group, while it
 * allows slices. Users: each user their own account (creating users is for superusers). Groups:
 * any user creates one (and becomes its admin); its group admins change it. Templates,
 * islands, the server and added collections: superusers only.
 */
public final class Permissions {

    public enum Operation { CREATE, CHANGE, DELETE, ACTION }

    private final Store store;

    public Permissions(Store store) {
        this.store = store;
    }

    /** Whether {@code caller} may apply {@code operation} to {@code doc} (for CREATE: the new document). */
    public boolean allows(Caller caller, Kind kind, ObjectNode doc, Operation operation) {
        if (caller == null) {
            return false;
        }
        if (caller.superuser()) {
            return true;
        }
        return switch (kind.plural()) {
            case "nodes" -> groupAllows(caller, doc.get("group"), "is_node_admin", "allow_nodes", operation);
            case "slices" -> groupAllows(caller, doc.get("group"), "is_slice_admin", "allow_slices", operation);
            case "slivers" -> {
                Json.Target slice = Json.target(doc.get("slice"));
                ObjectNode sliceDoc = slice == null ? null : store.find("slices", slice.id()).orElse(null);
                yield sliceDoc != null && groupAllows(caller, sliceDoc.get("group"), "is_slice_admin", "allow_slices",
                        operation == Operation.DELETE ? Operation.DELETE : Operation.CHANGE);
            }
            case "users" -> operation != Operation.CREATE && doc.path("id").asLong() == caller.userId();
            case "groups" -> operation == Operation.CREATE || role(caller, doc, "is_group_admin");
            default -> false;
        };
    }

    /** A member of a group's admins ({@code is_group_admin} or the kind's own admin role); the group must allow the kind except to delete. */
    private boolean groupAllows(Caller caller, JsonNode groupRef, String adminRole, String allowFlag, Operation operation) {
        Json.Target target = Json.target(groupRef);
        ObjectNode group = target == null ? null : store.find("groups", target.id()).orElse(null);
        if (group == null) {
            return false;
        }
        boolean admin = role(caller, group, "is_group_admin") || role(caller, group, adminRole);
        return admin && (operation == Operation.DELETE || group.path(allowFlag).asBoolean());
    }

    private static boolean role(Caller caller, JsonNode group, String flag) {
        String uri = Json.uri("users", caller.userId());
        for (JsonNode role : group.path("user_roles")) {
            if (uri.equals(role.path("user").path("uri").asText()) && role.path(flag).asBoolean()) {
                return true;
            }
        }
        return false;
    }
}
