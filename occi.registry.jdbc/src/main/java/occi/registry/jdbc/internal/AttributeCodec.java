package occi.registry.jdbc.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribute values as JSON text and as the canonical strings the attribute index compares.
 * The JSON keeps every canonical Java type apart on the way back: integers are {@link Long},
 * numbers {@link BigDecimal} (a whole one written with an exponent, {@code 2E0}, so that it
 * does not come back as a {@code Long}), and key order is kept.
 */
final class AttributeCodec {

    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .registerModule(new SimpleModule("occi-canonical-values").addSerializer(new DecimalSerializer()));

    String toJson(Map<String, Object> attributes) {
        try {
            return mapper.writeValueAsString(attributes);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("attributes cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    Map<String, Object> fromJson(String json) {
        try {
            return mapper.readValue(json, MAP);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored attributes are not valid JSON: " + e.getMessage(), e);
        }
    }

    /** A JSON array of strings, for category lists. */
    String toJsonList(List<String> values) {
        try {
            return mapper.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    ObjectMapper mapper() {
        return mapper;
    }

    /**
     * The string an attribute value is indexed and compared by: strings as they are, numbers
     * without trailing zeros (so {@code 2}, {@code 2.0} and {@code 2.00} are equal), booleans as
     * {@code true}/{@code false}, lists and maps as compact JSON.
     */
    String indexValue(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal d) {
            return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Number || value instanceof Boolean) {
            return String.valueOf(value);
        }
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("attribute value cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    /** Writes whole decimals with an exponent so that they are read back as decimals. */
    private static final class DecimalSerializer extends StdSerializer<BigDecimal> {

        private static final long serialVersionUID = 1L;

        DecimalSerializer() {
            super(BigDecimal.class);
        }

        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            String text = value.toString();
            boolean readsAsDecimal = text.indexOf('.') >= 0 || text.indexOf('E') >= 0;
            generator.writeNumber(readsAsDecimal ? text : text + "E0");
        }
    }
}
