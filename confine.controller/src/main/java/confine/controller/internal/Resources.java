package confine.controller.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.controller.internal.Permissions.Operation;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Creating, changing and deleting resources as the API does: which members a client may write,
 * validation, permissions, and what the controller fills in (ids, a node's management address,
 * a slice's expiry, a group's first admin). Each operation checks and writes under the store's
 * write lock. Failures are {@link ApiError}s.
 */
public final class Resources {

    /** Members only a superuser may write, by collection. */
    private static final Map<String, Set<String>> SUPERUSER_ONLY = Map.of(
            "users", Set.of("is_active", "is_superuser"),
            "groups", Set.of("allow_nodes", "allow_slices"));
    /** The management network prefix of the sample testbed ({@code testbed_params.mgmt_ipv6_prefix}). */
    private static final String MGMT_PREFIX = "fd65:fc41:c50f:";
    static final int SLICE_LIFETIME_DAYS = 30;
    /** The id under which a singleton's one document is kept. */
    public static final long SINGLETON_ID = 0;

    private final Store store;
    private final Validator validator;
    private final Permissions permissions;

    public Resources(Store store, Permissions permissions) {
        this.store = store;
        this.validator = new Validator(store);
        this.permissions = permissions;
    }

    public ObjectNode create(Kind kind, JsonNode input, Caller caller) {
        ObjectNode fields = object(input);
        return store.write(() -> {
            ObjectNode doc = kind.defaults().deepCopy();
            apply(kind, doc, fields, true, caller);
            if (kind.plural().equals("users") && doc.path("email").asText().isEmpty()) {
                doc.put("email", doc.path("name").asText() + "@localhost");
            }
            throwIfInvalid(validator.check(kind, doc, null));
            if (!permissions.allows(caller, kind, doc, Operation.CREATE)) {
                throw ApiError.forbidden(caller);
            }
            long id = store.nextId(kind.plural());
            switch (kind.plural()) {
                case "nodes" -> doc.set("mgmt_net", mgmtNet(id));
                case "slices" -> doc.put("expires_on", expiry().toString());
                case "groups" -> {
                    if (caller != Caller.SYSTEM && doc.path("user_roles").isEmpty()) {
                        doc.putArray("user_roles").addObject()
                                .<ObjectNode>set("user", Json.ref("users", caller.userId()))
                                .put("is_group_admin", true).put("is_node_admin", false).put("is_slice_admin", false);
                    }
                }
                default -> { }
            }
            return store.put(kind.plural(), id, doc);
        });
    }

    /** PUT ({@code partial} false: every required member given) or PATCH. */
    public ObjectNode update(Kind kind, long id, JsonNode input, boolean partial, Caller caller) {
        ObjectNode fields = object(input);
        return store.write(() -> {
            ObjectNode old = store.find(kind.plural(), id).orElseThrow(ApiError::notFound);
            if (!permissions.allows(caller, kind, old, Operation.CHANGE)) {
                throw ApiError.forbidden(caller);
            }
            if (!partial) {
                kind.required().stream()
                        .filter(f -> !kind.createOnly().contains(f) && !fields.has(f))
                        .findFirst()
                        .ifPresent(f -> throwIfInvalid(Map.of(f, List.of(Validator.REQUIRED))));
                // a state change has side effects: PUT must stay idempotent (the controller's rule)
                if (kind.plural().equals("slices") && fields.has("set_state")
                        && !fields.get("set_state").equals(old.get("set_state"))) {
                    throw ApiError.invalid("set_state", "Not allowed to change using a PUT operation. PATCH should be used instead.");
                }
            }
            ObjectNode doc = old.deepCopy();
            apply(kind, doc, fields, false, caller);
            throwIfInvalid(validator.check(kind, doc, old));
            return store.put(kind.plural(), id, doc);
        });
    }

    public void delete(Kind kind, long id, Caller caller) {
        store.write(() -> {
            ObjectNode old = store.find(kind.plural(), id).orElseThrow(ApiError::notFound);
            if (!permissions.allows(caller, kind, old, Operation.DELETE)) {
                throw ApiError.forbidden(caller);
            }
            store.remove(kind.plural(), id);
        });
    }

    /** Copies the members a client may write into {@code doc}; others are ignored, as the controller does. */
    private static void apply(Kind kind, ObjectNode doc, ObjectNode fields, boolean creating, Caller caller) {
        Set<String> superuserOnly = SUPERUSER_ONLY.getOrDefault(kind.plural(), Set.of());
        fields.fields().forEachRemaining(field -> {
            String name = field.getKey();
            boolean writable = !kind.readOnly().contains(name)
                    && (creating || !kind.createOnly().contains(name))
                    && (caller != null && caller.superuser() || !superuserOnly.contains(name))
                    && (!kind.standard() || kind.defaults().has(name));
            if (writable) {
                doc.set(name, field.getValue().deepCopy());
            }
        });
    }

    private static ObjectNode object(JsonNode input) {
        if (input instanceof ObjectNode object) {
            return object;
        }
        throw ApiError.invalid("non_field_errors", "Invalid data. Expected a JSON object.");
    }

    private static void throwIfInvalid(Map<String, List<String>> errors) {
        if (!errors.isEmpty()) {
            throw ApiError.invalid(errors);
        }
    }

    /** A node's management network: a tinc client with an address derived from its id. */
    static ObjectNode mgmtNet(long nodeId) {
        ObjectNode net = Json.object().put("backend", "tinc_client");
        net.putObject("tinc_client").putNull("island").putNull("pubkey").put("name", "node_" + nodeId);
        net.putNull("native");
        net.put("addr", MGMT_PREFIX + Long.toHexString(nodeId) + "::2");
        net.putNull("tinc_server");
        return net;
    }

    /** When a slice created or renewed today expires. */
    static LocalDate expiry() {
        return LocalDate.now(ZoneOffset.UTC).plusDays(SLICE_LIFETIME_DAYS);
    }
}
