package confine.controller.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Iterator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON helpers. Documents are kept with URIs relative to the API base ({@code "nodes/1413/"}):
 * they become absolute when rendered for a request, and absolute ones in requests are made
 * relative again, so one testbed serves under any host, port and base path.
 */
public final class Json {

    public static final ObjectMapper MAPPER = new ObjectMapper();
    public static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** The last {@code <plural>/<id>/} of a path: how a reference names its target. */
    private static final Pattern REFERENCE = Pattern.compile("(?:^|/)([a-z][a-z0-9_-]*)/([0-9]+)/?$");

    private Json() {}

    public static ObjectNode object() {
        return NODES.objectNode();
    }

    public static ObjectNode ref(String plural, long id) {
        return object().put("uri", plural + "/" + id + "/");
    }

    /** The relative URI of a resource. */
    public static String uri(String plural, long id) {
        return plural + "/" + id + "/";
    }

    /** A reference's target, if {@code node} is {@code {"uri": ".../<plural>/<id>/"}}. */
    public static Target target(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("uri").isTextual()) {
            return null;
        }
        return target(node.path("uri").asText());
    }

    /** The {@code <plural>/<id>/} an URI (absolute or relative) ends in, or null. */
    public static Target target(String uri) {
        String path = uri;
        try {
            URI parsed = URI.create(uri);
            if (parsed.getPath() != null) {
                path = parsed.getPath();
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        Matcher m = REFERENCE.matcher(path);
        return m.find() ? new Target(m.group(1), Long.parseLong(m.group(2))) : null;
    }

    /** A resource named by collection and id. */
    public record Target(String plural, long id) {}

    /** Python's truth: the "no data" of an action is null, {}, [], "", 0 or false. */
    public static boolean isEmpty(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return true;
        }
        if (node.isContainerNode()) {
            return node.isEmpty();
        }
        if (node.isTextual()) {
            return node.asText().isEmpty();
        }
        if (node.isBoolean()) {
            return !node.asBoolean();
        }
        return node.isNumber() && node.asDouble() == 0;
    }

    /** A copy with {@code base} put in front of every relative {@code uri} / {@code *_uri} value. */
    public static JsonNode absolute(JsonNode node, URI base) {
        JsonNode copy = node.deepCopy();
        resolve(copy, base);
        return copy;
    }

    private static void resolve(JsonNode node, URI base) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (isUriField(field.getKey()) && value.isTextual() && isRelative(value.asText())) {
                    field.setValue(TextNode.valueOf(base + value.asText())); // appended, not resolved: "../" stays as written
                } else {
                    resolve(value, base);
                }
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> resolve(element, base));
        }
    }

    /** Rewrites, in place, every string starting with {@code base} to the rest of it. */
    public static void relativize(JsonNode node, String base) {
        if (node instanceof ObjectNode object) {
            Iterator<Map.Entry<String, JsonNode>> fields = object.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (value.isTextual() && value.asText().startsWith(base)) {
                    field.setValue(TextNode.valueOf(value.asText().substring(base.length())));
                } else {
                    relativize(value, base);
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                JsonNode value = array.get(i);
                if (value.isTextual() && value.asText().startsWith(base)) {
                    array.set(i, TextNode.valueOf(value.asText().substring(base.length())));
                } else {
                    relativize(value, base);
                }
            }
        }
    }

    static boolean isUriField(String name) {
        return name.equals("uri") || name.endsWith("_uri");
    }

    private static boolean isRelative(String value) {
        return !value.isEmpty() && !value.contains("://");
    }

    public static JsonNode parse(byte[] bytes) throws IOException {
        return MAPPER.readTree(bytes);
    }

    public static byte[] bytes(JsonNode node, int indent) {
        try {
            if (indent <= 0) {
                return MAPPER.writeValueAsBytes(node);
            }
            DefaultIndenter indenter = new DefaultIndenter(" ".repeat(indent), "\n");
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                    .withObjectFieldValueSpacing(Separators.Spacing.AFTER)).withObjectIndenter(indenter).withArrayIndenter(indenter);
            return MAPPER.writer(printer).writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
