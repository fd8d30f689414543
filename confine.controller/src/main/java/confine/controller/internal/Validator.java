package confine.controller.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks a document about to be stored, with the controller's messages: required members,
 * members of the wrong JSON type, choices, references to missing resources, state rules,
 * interfaces, role lists. Answers the errors by member, empty when the document is valid.
 */
final class Validator {

    static final String REQUIRED = "This field is required.";

    private final Store store;

    Validator(Store store) {
        this.store = store;
    }

    /** {@code old} is the stored document on a change, null on a creation. */
    Map<String, List<String>> check(Kind kind, ObjectNode doc, ObjectNode old) {
        Errors errors = new Errors();
        if (old == null) {
            kind.required().stream().filter(field -> isBlank(doc.get(field))).forEach(field -> errors.add(field, REQUIRED));
        }
        if (kind.standard()) {
            types(kind, doc, errors);
            references(kind, doc, errors);
        }
        switch (kind.plural()) {
            case "nodes" -> node(doc, old, errors);
            case "slices" -> slice(doc, old, errors);
            case "slivers" -> sliver(doc, old, errors);
            case "templates" -> template(doc, errors);
            case "groups" -> group(doc, old, errors);
            default -> { }
        }
        return errors.byField;
    }

    /** Each member has the JSON type of its default (members whose default is null may be anything). */
    private static void types(Kind kind, ObjectNode doc, Errors errors) {
        kind.defaults().fields().forEachRemaining(member -> {
            JsonNode expected = member.getValue();
            JsonNode actual = doc.get(member.getKey());
            if (expected.isNull() || actual == null || actual.isNull() && !expected.isContainerNode() && !expected.isBoolean()) {
                return;
            }
            if (expected.getNodeType() != actual.getNodeType()) {
                errors.add(member.getKey(), "Incorrect type. Expected " + describe(expected) + ", received " + describe(actual) + ".");
            }
        });
        JsonNode properties = doc.get("properties");
        if (properties != null && properties.isObject()) {
            properties.fields().forEachRemaining(p -> {
                if (!p.getValue().isTextual()) {
                    errors.add("properties", "Property " + p.getKey() + " must have a string value.");
                }
            });
        }
    }

    private static String describe(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case BOOLEAN -> "a boolean";
            case NUMBER -> "a number";
            case STRING -> "a string";
            default -> "null";
        };
    }

    private void references(Kind kind, ObjectNode doc, Errors errors) {
        kind.references().forEach((field, plural) -> {
            JsonNode value = doc.get(field);
            if (value == null || value.isNull()) {
                return;
            }
            Json.Target target = Json.target(value);
            if (target == null || !value.isObject()) {
                errors.add(field, "Incorrect type. Expected an object with the uri of a resource.");
            } else if (!target.plural().equals(plural) || !store.exists(plural, target.id())) {
                errors.add(field, "Invalid hyperlink - object does not exist.");
            } else {
                doc.set(field, Json.ref(plural, target.id()));
            }
        });
    }

    private static void node(ObjectNode doc, ObjectNode old, Errors errors) {
        choice(doc, "arch", Kinds.NODE_ARCHS, errors);
        if (choice(doc, "set_state", States.NODE, errors)) {
            String state = doc.path("set_state").asText();
            Optional<String> problem = old == null ? States.nodeInitial(state) : States.nodeChange(old.path("set_state").asText(), state);
            problem.ifPresent(message -> errors.add("set_state", message));
        }
    }

    private static void slice(ObjectNode doc, ObjectNode old, Errors errors) {
        if (choice(doc, "set_state", States.SLICE, errors) && old == null) {
            States.sliceInitial(doc.path("set_state").asText()).ifPresent(message -> errors.add("set_state", message));
        }
        JsonNode vlan = doc.path("vlan_nr");
        if (!vlan.isNull() && !vlan.isMissingNode() && !vlan.isIntegralNumber()) {
            errors.add("vlan_nr", "Enter a whole number.");
        }
    }

    private void sliver(ObjectNode doc, ObjectNode old, Errors errors) {
        JsonNode state = doc.path("set_state");
        if (!state.isNull() && choice(doc, "set_state", States.SLICE, errors)) {
            Json.Target slice = Json.target(doc.get("slice"));
            store.find("slices", slice == null ? -1 : slice.id()).ifPresent(sliceDoc -> States
                    .sliver(state.asText(), sliceDoc.path("set_state").asText())
                    .ifPresent(message -> errors.add("set_state", message)));
        }
        interfaces(doc.path("interfaces"), errors);
        if (old == null) {
            Json.Target node = Json.target(doc.get("node"));
            Json.Target slice = Json.target(doc.get("slice"));
            if (node != null && slice != null) {
                boolean taken = store.sliversOf("nodes", node.id()).stream()
                        .map(id -> store.find("slivers", id).map(s -> Json.target(s.get("slice"))).orElse(null))
                        .anyMatch(slice::equals);
                if (taken) {
                    errors.add("non_field_errors", "Sliver with this Slice and Node already exists.");
                }
            }
        }
    }

    private static void interfaces(JsonNode interfaces, Errors errors) {
        if (!interfaces.isArray()) {
            return; // reported as a type error
        }
        int privates = 0;
        for (JsonNode iface : interfaces) {
            String type = iface.path("type").asText();
            if (!Kinds.IFACE_TYPES.contains(type)) {
                errors.add("interfaces", "Select a valid choice. " + type + " is not one of the available choices.");
            }
            if (!iface.path("name").isTextual() || iface.path("name").asText().isEmpty()) {
                errors.add("interfaces", "Every interface needs a name.");
            }
            privates += type.equals("private") ? 1 : 0;
        }
        if (privates == 0) {
            errors.add("interfaces", "There must exist one interface of type private.");
        } else if (privates > 1) {
            errors.add("interfaces", "There can only be one interface of type private.");
        }
    }

    private static void template(ObjectNode doc, Errors errors) {
        choice(doc, "type", Kinds.TEMPLATE_TYPES, errors);
        for (JsonNode arch : doc.path("node_archs")) {
            if (!Kinds.NODE_ARCHS.contains(arch.asText())) {
                errors.add("node_archs", "Select a valid choice. " + arch.asText() + " is not one of the available choices.");
            }
        }
    }

    private void group(ObjectNode doc, ObjectNode old, Errors errors) {
        JsonNode roles = doc.path("user_roles");
        boolean admin = false;
        for (JsonNode role : roles) {
            Json.Target user = Json.target(role.get("user"));
            if (user == null || !user.plural().equals("users") || !store.exists("users", user.id())) {
                errors.add("user_roles", "Invalid hyperlink - object does not exist.");
            } else {
                ((ObjectNode) role).set("user", Json.ref("users", user.id()));
            }
            admin |= role.path("is_group_admin").asBoolean();
        }
        if (old != null && roles.isArray() && !admin) {
            errors.add("user_roles", "The group must have at least one admin");
        }
    }

    /** Whether the member holds one of the choices; reports it otherwise. */
    private static boolean choice(ObjectNode doc, String field, List<String> choices, Errors errors) {
        JsonNode value = doc.path(field);
        if (value.isTextual() && choices.contains(value.asText())) {
            return true;
        }
        if (!value.isMissingNode() && !value.isNull()) {
            errors.add(field, "Select a valid choice. " + value.asText() + " is not one of the available choices.");
        }
        return false;
    }

    private static boolean isBlank(JsonNode value) {
        return value == null || value.isNull() || value.isTextual() && value.asText().isBlank();
    }

    private static final class Errors {
        final Map<String, List<String>> byField = new LinkedHashMap<>();

        void add(String field, String message) {
            List<String> messages = byField.computeIfAbsent(field, f -> new ArrayList<>());
            if (!messages.contains(message)) {
                messages.add(message);
            }
        }
    }
}
