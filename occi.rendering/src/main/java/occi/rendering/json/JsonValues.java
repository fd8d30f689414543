package occi.rendering.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribute values between JSON and the model's canonical Java forms, types kept: a
 * string is a {@link String}, an integral number a {@link Long} (a {@link BigDecimal} past
 * the range of a long), any other number a {@link BigDecimal} (exactly as written), a
 * boolean a {@link Boolean}, an array an unmodifiable {@link List}, an object an
 * unmodifiable {@link Map} in document order.
 */
final class JsonValues {

    private JsonValues() {}

    /** The Java value of a JSON value; {@code null} only for JSON null (which the schema refuses for attributes). */
    static Object toJava(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> node.textValue();
            case BOOLEAN -> node.booleanValue();
            case NUMBER -> number(node);
            case ARRAY -> {
                List<Object> list = new ArrayList<>(node.size());
                node.forEach(item -> list.add(toJava(item)));
                yield Collections.unmodifiableList(list);
            }
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                node.fields().forEachRemaining(e -> map.put(e.getKey(), toJava(e.getValue())));
                yield Collections.unmodifiableMap(map);
            }
            case NULL, MISSING -> null;
            default -> throw new IllegalArgumentException("not a JSON value: " + node.getNodeType());
        };
    }

    /** Every member of a JSON object, typed. */
    static Map<String, Object> toJavaMap(JsonNode object) {
        Map<String, Object> map = new LinkedHashMap<>();
        if (object != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> e = it.next();
                map.put(e.getKey(), toJava(e.getValue()));
            }
        }
        return map;
    }

    private static Object number(JsonNode node) {
        if (node.isIntegralNumber()) {
            return node.canConvertToLong() ? (Object) node.longValue() : new BigDecimal(node.bigIntegerValue());
        }
        return node.decimalValue();
    }

    /** Writes a model value with its JSON type. */
    static void write(JsonGenerator out, Object value) throws IOException {
        if (value == null) {
            out.writeNull();
        } else if (value instanceof String s) {
            out.writeString(s);
        } else if (value instanceof Boolean b) {
            out.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            out.writeNumber(((Number) value).longValue());
        } else if (value instanceof BigDecimal d) {
            out.writeNumber(d);
        } else if (value instanceof BigInteger i) {
            out.writeNumber(i);
        } else if (value instanceof Double || value instanceof Float) {
            out.writeNumber(((Number) value).doubleValue());
        } else if (value instanceof List<?> list) {
            out.writeStartArray();
            for (Object item : list) {
                write(out, item);
            }
            out.writeEndArray();
        } else if (value instanceof Map<?, ?> map) {
            out.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.writeFieldName(String.valueOf(e.getKey()));
                write(out, e.getValue());
            }
            out.writeEndObject();
        } else {
            // The model keeps values canonical (occi.api Values); anything else is a bug upstream.
            throw new IllegalArgumentException("cannot render a " + value.getClass().getName() + " as a JSON value");
        }
    }
}
