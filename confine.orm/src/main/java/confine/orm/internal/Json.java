package confine.orm.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.orm.ConfineException;
import confine.orm.Resource;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * JSON for one session: parsing responses, turning Java values into JSON (a
 * {@link Resource} becomes a reference), and the indented printing that
 * {@code toString()} shows: four spaces, {@code "name": value}, as the controller's
 * {@code indent=4} does.
 */
public final class Json {

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectWriter pretty;

    Json() {
        DefaultIndenter indenter = new DefaultIndenter("    ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        this.pretty = mapper.writer(printer);
    }

    ObjectMapper mapper() {
        return mapper;
    }

    JsonNode parse(byte[] body) {
        if (body == null || body.length == 0) {
            return NullNode.getInstance();
        }
        try {
            JsonNode node = mapper.readTree(body);
            return node == null ? NullNode.getInstance() : node;
        } catch (IOException e) {
            throw new ConfineException("The controller sent a body that is not JSON: "
                    + new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8), e);
        }
    }

    byte[] bytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The same indented printing as {@code toString()}, for JSON that is no resource (an action's answer). */
    public static String print(JsonNode node) {
        return PRINTER.pretty(node);
    }

    private static final Json PRINTER = new Json();

    String pretty(JsonNode node) {
        try {
            return pretty.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ObjectNode reference(URI uri) {
        ObjectNode ref = JsonNodeFactory.instance.objectNode();
        ref.put("uri", uri.toString());
        return ref;
    }

    /** A Java value as JSON: Resources become references, maps and collections are converted member by member. */
    JsonNode toJson(Object value) {
        if (value == null) {
            return NullNode.getInstance();
        }
        if (value instanceof JsonNode node) {
            return node.deepCopy();
        }
        if (value instanceof Resource r) {
            return reference(r.uri());
        }
        if (value instanceof URI u) {
            return JsonNodeFactory.instance.textNode(u.toString());
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = JsonNodeFactory.instance.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), toJson(v)));
            return object;
        }
        if (value instanceof Collection<?> list) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            list.forEach(v -> array.add(toJson(v)));
            return array;
        }
        if (value instanceof Object[] list) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (Object v : list) {
                array.add(toJson(v));
            }
            return array;
        }
        return mapper.valueToTree(value);
    }

    /** Whether an object is only a reference ({@code {"uri": ...}}), not a full representation. */
    static boolean isReference(JsonNode node) {
        return node != null && node.isObject() && node.size() == 1 && node.has("uri");
    }
}
