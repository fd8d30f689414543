package occi.rendering.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the OCCI 1.2 schema requires of the documents the server renders, but a client
 * creating an entity need not send: {@code id} (the server assigns one) and
 * {@code attributes} (none given is none). The schema judges a copy with those members
 * filled in (an empty id, an empty object) where they are missing; the reader reads the
 * document as sent. Everything else the schema requires stays required.
 */
final class InputDefaults {

    private InputDefaults() {}

    /** A copy of an entity document with {@code id} and {@code attributes} where missing, its inline links' too. */
    static JsonNode forSchema(JsonNode document, boolean link) {
        if (!(document instanceof ObjectNode object)) {
            return document; // not an object: the schema says so
        }
        ObjectNode copy = object.deepCopy();
        fill(copy);
        if (!link && copy.get("links") != null && copy.get("links").isArray()) {
            copy.get("links").forEach(item -> {
                if (item instanceof ObjectNode inline) {
                    fill(inline);
                }
            });
        }
        return copy;
    }

    private static void fill(ObjectNode entity) {
        if (!entity.has("id")) {
            entity.put("id", "");
        }
        if (!entity.has("attributes")) {
            entity.putObject("attributes");
        }
    }
}
