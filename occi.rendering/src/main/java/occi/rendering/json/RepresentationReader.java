package occi.rendering.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import occi.api.AttributeDefinition;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.InvalidAttributeException;
import occi.api.rendering.ActionInvocation;
import occi.api.rendering.CategoryRepresentation;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.Filter;
import occi.api.rendering.LinkRepresentation;

/**
 * Maps client documents, once they have passed the schema, onto the representations the
 * server checks against its model. What the schema cannot say (a type identifier's form,
 * an attribute definition the model refuses, a core attribute given twice with two
 * values) is a violation too, with its JSON pointer. One reader serves one document.
 */
final class RepresentationReader {

    private final List<Violation> violations = new ArrayList<>();

    /** A resource (no {@code source}/{@code target}) or a link. */
    EntityRepresentation entity(JsonNode document, boolean link) {
        Map<String, Object> attributes = JsonValues.toJavaMap(document.get("attributes"));
        core(attributes, "", document, "", "id", Core.ID);
        core(attributes, "", document, "", "title", Core.TITLE);
        List<LinkRepresentation> links = new ArrayList<>();
        if (link) {
            core(attributes, "", document.path("source"), "/source", "location", Core.SOURCE);
            core(attributes, "", document.path("target"), "/target", "location", Core.TARGET);
        } else {
            core(attributes, "", document, "", "summary", Core.SUMMARY);
            JsonNode items = document.path("links");
            for (int i = 0; i < items.size(); i++) {
                links.add(inlineLink(items.get(i), Violation.child("/links", i)));
            }
        }
        return done("an OCCI JSON " + (link ? "link" : "resource"), new EntityRepresentation(
                typeId(document, "kind", ""), typeIds(document, "mixins", ""), attributes, links));
    }

    private LinkRepresentation inlineLink(JsonNode link, String pointer) {
        Map<String, Object> attributes = JsonValues.toJavaMap(link.get("attributes"));
        core(attributes, pointer, link, pointer, "id", Core.ID);
        core(attributes, pointer, link, pointer, "title", Core.TITLE);
        core(attributes, pointer, link.path("source"), pointer + "/source", "location", Core.SOURCE);
        core(attributes, pointer, link.path("target"), pointer + "/target", "location", Core.TARGET);
        return new LinkRepresentation(link.path("target").path("location").asText(),
                typeId(link.path("target"), "kind", pointer + "/target"),
                typeId(link, "kind", pointer), typeIds(link, "mixins", pointer), attributes, null);
    }

    ActionInvocation action(JsonNode document) {
        return done("an OCCI JSON action invocation",
                new ActionInvocation(typeId(document, "action", ""), JsonValues.toJavaMap(document.get("attributes"))));
    }

    /** Category definitions ({@code model} shape) or identifiers ({@code category_identifiers} shape). */
    List<CategoryRepresentation> categories(JsonNode document, boolean identifiers) {
        List<CategoryRepresentation> categories = new ArrayList<>();
        for (String member : List.of("kinds", "mixins", "actions")) {
            String categoryClass = member.substring(0, member.length() - 1);
            JsonNode items = document.path(member);
            for (int i = 0; i < items.size(); i++) {
                String pointer = Violation.child("/" + member, i);
                CategoryRepresentation category = identifiers
                        ? identifier(items.get(i), pointer, categoryClass)
                        : definition(items.get(i), pointer, categoryClass);
                if (category != null) {
                    categories.add(category);
                }
            }
        }
        return done("an OCCI JSON category list", categories);
    }

    /** A filter: the categories named in a {@code category_identifiers} document. */
    Filter filter(JsonNode document) {
        List<CategoryId> ids = categories(document, true).stream().map(CategoryRepresentation::id).toList();
        return new Filter(ids, Map.of());
    }

    /** The entity locations of a {@code location_list} document. */
    List<String> locations(JsonNode document) {
        List<String> locations = new ArrayList<>();
        document.path("locations").forEach(location -> locations.add(location.textValue()));
        return locations;
    }

    private CategoryRepresentation identifier(JsonNode typeId, String pointer, String categoryClass) {
        CategoryId id = typeId(typeId.textValue(), pointer);
        return id == null ? null : new CategoryRepresentation(id, categoryClass, null, List.of(), List.of(), null, Map.of());
    }

    private CategoryRepresentation definition(JsonNode category, String pointer, String categoryClass) {
        CategoryId id = categoryId(category, pointer);
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        category.path("attributes").fields().forEachRemaining(e -> {
            AttributeDefinition definition = attributeDefinition(e.getKey(), e.getValue(),
                    Violation.child(pointer + "/attributes", e.getKey()));
            if (definition != null) {
                definitions.put(e.getKey(), definition);
            }
        });
        List<CategoryId> depends = typeIds(category, "depends", pointer);
        List<CategoryId> applies = typeIds(category, "applies", pointer);
        String location = category.has("location") ? category.get("location").textValue() : null;
        String title = category.has("title") ? category.get("title").textValue() : null;
        return id == null ? null : new CategoryRepresentation(id, categoryClass, title, depends, applies, location, definitions);
    }

    private CategoryId categoryId(JsonNode category, String pointer) {
        String scheme = category.path("scheme").asText();
        String term = category.path("term").asText();
        try {
            return new CategoryId(scheme, term);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(pointer + (scheme.isBlank() ? "/scheme" : "/term"), e.getMessage()));
            return null;
        }
    }

    private AttributeDefinition attributeDefinition(String name, JsonNode definition, String pointer) {
        String pattern = definition.has("pattern") ? definition.get("pattern").textValue() : null;
        String jsonType = definition.path("type").asText();
        Optional<AttributeTypes.Typed> typed = AttributeTypes.modelType(jsonType, pattern);
        if (typed.isEmpty()) {
            violations.add(new Violation(pointer + "/type",
                    "expected string, number, integer, boolean, array or object, not '" + jsonType + "'"));
            return null;
        }
        Object defaultValue = definition.has("default") ? JsonValues.toJava(definition.get("default")) : null;
        String description = definition.has("description") ? definition.get("description").textValue() : null;
        try {
            return new AttributeDefinition(name, typed.get().type(), typed.get().enumValues(),
                    definition.path("mutable").booleanValue(), definition.path("required").booleanValue(),
                    defaultValue, typed.get().pattern(), description);
        } catch (InvalidAttributeException e) {
            violations.add(new Violation(pointer + "/default", e.getMessage()));
        } catch (PatternSyntaxException e) {
            violations.add(new Violation(pointer + "/pattern", "is not a regular expression: " + e.getDescription()));
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(pointer, e.getMessage()));
        }
        return null;
    }

    /**
     * A core attribute given as a member of its own ({@code id}, {@code title}, ...): it joins
     * the attributes, and may appear in {@code attributes} too only with the same value.
     */
    private void core(Map<String, Object> attributes, String entityPointer, JsonNode holder, String holderPointer,
            String member, String attribute) {
        JsonNode value = holder.get(member);
        if (value == null) {
            return;
        }
        Object given = attributes.get(attribute);
        Object own = JsonValues.toJava(value);
        if (given != null && !Objects.equals(given, own)) {
            violations.add(new Violation(Violation.child(entityPointer + "/attributes", attribute),
                    "differs from " + Violation.child(holderPointer, member)));
        }
        attributes.put(attribute, own);
    }

    private CategoryId typeId(JsonNode holder, String member, String pointer) {
        JsonNode value = holder.get(member);
        return value == null ? null : typeId(value.textValue(), Violation.child(pointer, member));
    }

    private List<CategoryId> typeIds(JsonNode holder, String member, String pointer) {
        List<CategoryId> ids = new ArrayList<>();
        JsonNode items = holder.path(member);
        for (int i = 0; i < items.size(); i++) {
            CategoryId id = typeId(items.get(i).textValue(), Violation.child(Violation.child(pointer, member), i));
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private CategoryId typeId(String text, String pointer) {
        try {
            return CategoryId.parse(text);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(pointer, "is not a category type identifier (scheme#term): " + e.getMessage()));
            return null;
        }
    }

    private <T> T done(String what, T representation) {
        if (!violations.isEmpty()) {
            throw new SchemaViolationException(what, violations);
        }
        return representation;
    }
}
