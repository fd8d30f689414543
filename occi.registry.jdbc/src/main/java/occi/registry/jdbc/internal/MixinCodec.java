package occi.registry.jdbc.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.Mixin;

/** A user-defined mixin as the JSON text of its row, field by field (the API records stay free of Jackson). */
final class MixinCodec {

    private final ObjectMapper mapper;

    MixinCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    String toJson(Mixin mixin) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", mixin.id().toString());
        node.put("title", mixin.title());
        node.put("location", mixin.location());
        ids(node.putArray("depends"), mixin.depends());
        ids(node.putArray("applies"), mixin.applies());
        ids(node.putArray("actions"), mixin.actions());
        ArrayNode attributes = node.putArray("attributes");
        for (AttributeDefinition definition : mixin.attributes().values()) {
            ObjectNode a = attributes.addObject();
            a.put("name", definition.name());
            a.put("type", definition.type().name());
            definition.enumValues().forEach(a.putArray("enumValues")::add);
            a.put("mutable", definition.mutable());
            a.put("required", definition.required());
            a.set("defaultValue", mapper.valueToTree(definition.defaultValue()));
            a.put("pattern", definition.pattern());
            a.put("description", definition.description());
        }
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("mixin " + mixin.id() + " cannot be written as JSON", e);
        }
    }

    Mixin fromJson(String json) {
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored user mixin is not valid JSON: " + e.getMessage(), e);
        }
        Map<String, AttributeDefinition> attributes = new LinkedHashMap<>();
        for (JsonNode a : node.path("attributes")) {
            List<String> enumValues = new ArrayList<>();
            a.path("enumValues").forEach(v -> enumValues.add(v.asText()));
            JsonNode defaultValue = a.path("defaultValue");
            AttributeDefinition definition = new AttributeDefinition(a.path("name").asText(),
                    AttributeType.valueOf(a.path("type").asText()), enumValues, a.path("mutable").asBoolean(),
                    a.path("required").asBoolean(),
                    defaultValue.isMissingNode() || defaultValue.isNull() ? null : mapper.convertValue(defaultValue, Object.class),
                    text(a, "pattern"), text(a, "description"));
            attributes.put(definition.name(), definition);
        }
        return new Mixin(CategoryId.parse(node.path("id").asText()), text(node, "title"), ids(node.path("depends")),
                ids(node.path("applies")), attributes, ids(node.path("actions")), text(node, "location"));
    }

    private static void ids(ArrayNode array, List<CategoryId> ids) {
        ids.forEach(id -> array.add(id.toString()));
    }

    private static List<CategoryId> ids(JsonNode array) {
        List<CategoryId> ids = new ArrayList<>();
        array.forEach(id -> ids.add(CategoryId.parse(id.asText())));
        return ids;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asText();
    }
}
