package occi.rendering.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.Resource;
import occi.api.rendering.ActionInvocation;
import occi.api.rendering.EntityView;
import occi.api.rendering.RenderContext;

/**
 * Writes the model as OCCI 1.2 JSON documents, one event at a time, never holding a
 * document. Members the schema allows to be absent are left out when empty: its string
 * and link arrays must have at least one item.
 */
final class ModelWriter {

    private final RenderContext context;
    private final boolean absoluteEntityLocations;

    ModelWriter(RenderContext context, boolean absoluteEntityLocations) {
        this.context = context;
        this.absoluteEntityLocations = absoluteEntityLocations;
    }

    /** A resource or a link, whichever the view holds. */
    void entity(JsonGenerator out, EntityView view) throws IOException {
        if (view.entity() instanceof Resource) {
            resource(out, view);
        } else {
            link(out, view, null);
        }
    }

    void resource(JsonGenerator out, EntityView view) throws IOException {
        Resource resource = (Resource) view.entity();
        out.writeStartObject();
        out.writeStringField("kind", resource.kind().toString());
        ids(out, "mixins", resource.mixins());
        attributes(out, resource.attributes());
        ids(out, "actions", view.actions().stream().map(Action::id).toList());
        out.writeStringField("id", resource.id());
        if (!view.links().isEmpty()) {
            out.writeArrayFieldStart("links");
            for (EntityView link : view.links()) {
                link(out, link, resource.kind());
            }
            out.writeEndArray();
        }
        optional(out, "summary", resource.summary());
        optional(out, "title", resource.title());
        out.writeEndObject();
    }

    /** A link; {@code sourceKind} is known when it is rendered inside its source resource. */
    void link(JsonGenerator out, EntityView view, CategoryId sourceKind) throws IOException {
        Link link = (Link) view.entity();
        out.writeStartObject();
        out.writeStringField("kind", link.kind().toString());
        ids(out, "mixins", link.mixins());
        attributes(out, link.attributes());
        ids(out, "actions", view.actions().stream().map(Action::id).toList());
        out.writeStringField("id", link.id());
        kindedUri(out, "source", link.source(), sourceKind);
        kindedUri(out, "target", link.target(), link.targetKind());
        optional(out, "title", link.title());
        out.writeEndObject();
    }

    private void kindedUri(JsonGenerator out, String name, String location, CategoryId kind) throws IOException {
        out.writeObjectFieldStart(name);
        out.writeStringField("location", entityLocation(location));
        if (kind != null) {
            out.writeStringField("kind", kind.toString());
        }
        out.writeEndObject();
    }

    /** Locations in this server are paths below the base unless configured absolute; external URIs stay as they are. */
    private String entityLocation(String location) {
        return absoluteEntityLocations && location.startsWith("/") ? context.absolute(location) : location;
    }

    /** The query interface, or a part of it: {@code {"kinds": [...], "mixins": [...], "actions": [...]}}. */
    void categories(JsonGenerator out, List<? extends Category> categories) throws IOException {
        out.writeStartObject();
        List<Kind> kinds = categories.stream().filter(Kind.class::isInstance).map(Kind.class::cast).toList();
        List<Mixin> mixins = categories.stream().filter(Mixin.class::isInstance).map(Mixin.class::cast).toList();
        List<Action> actions = categories.stream().filter(Action.class::isInstance).map(Action.class::cast).toList();
        if (!kinds.isEmpty()) {
            out.writeArrayFieldStart("kinds");
            for (Kind kind : kinds) {
                kind(out, kind);
            }
            out.writeEndArray();
        }
        if (!mixins.isEmpty()) {
            out.writeArrayFieldStart("mixins");
            for (Mixin mixin : mixins) {
                mixin(out, mixin);
            }
            out.writeEndArray();
        }
        if (!actions.isEmpty()) {
            out.writeArrayFieldStart("actions");
            for (Action action : actions) {
                action(out, action);
            }
            out.writeEndArray();
        }
        out.writeEndObject();
    }

    void kind(JsonGenerator out, Kind kind) throws IOException {
        out.writeStartObject();
        categoryId(out, kind);
        attributeDefinitions(out, kind.attributes());
        ids(out, "actions", kind.actions());
        if (kind.parent() != null) {
            out.writeStringField("parent", kind.parent().toString());
        }
        // The schema requires a location on every kind, while OCCI core binds no path to a kind
        // that cannot be instantiated (core entity): an empty location binds nothing and validates.
        out.writeStringField("location", kind.location() == null ? "" : context.categoryLocation(kind.location()));
        out.writeEndObject();
    }

    void mixin(JsonGenerator out, Mixin mixin) throws IOException {
        out.writeStartObject();
        categoryId(out, mixin);
        attributeDefinitions(out, mixin.attributes());
        ids(out, "actions", mixin.actions());
        ids(out, "depends", mixin.depends());
        ids(out, "applies", mixin.applies());
        out.writeStringField("location", context.categoryLocation(mixin.location()));
        out.writeEndObject();
    }

    void action(JsonGenerator out, Action action) throws IOException {
        out.writeStartObject();
        categoryId(out, action);
        attributeDefinitions(out, action.attributes());
        out.writeEndObject();
    }

    private static void categoryId(JsonGenerator out, Category category) throws IOException {
        out.writeStringField("term", category.id().term());
        out.writeStringField("scheme", category.id().scheme());
        optional(out, "title", category.title());
    }

    private static void attributeDefinitions(JsonGenerator out, Map<String, AttributeDefinition> definitions)
            throws IOException {
        if (definitions.isEmpty()) {
            return;
        }
        out.writeObjectFieldStart("attributes");
        for (AttributeDefinition definition : definitions.values()) {
            out.writeObjectFieldStart(definition.name());
            out.writeBooleanField("mutable", definition.mutable());
            out.writeBooleanField("required", definition.required());
            out.writeStringField("type", AttributeTypes.jsonType(definition));
            if (definition.defaultValue() != null) {
                out.writeFieldName("default");
                JsonValues.write(out, definition.defaultValue());
            }
            optional(out, "description", definition.description());
            optional(out, "pattern", AttributeTypes.jsonPattern(definition));
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    /** An action invocation, {@code {"action": "...", "attributes": {...}}}: what a client sends. */
    static void actionInvocation(JsonGenerator out, ActionInvocation invocation) throws IOException {
        out.writeStartObject();
        out.writeStringField("action", invocation.action().toString());
        if (!invocation.attributes().isEmpty()) {
            attributes(out, invocation.attributes());
        }
        out.writeEndObject();
    }

    /** An error or a bodiless success: {@code {"code": 404, "message": "..."}}. */
    static void message(JsonGenerator out, int status, String message) throws IOException {
        out.writeStartObject();
        out.writeNumberField("code", status);
        out.writeStringField("message", message == null ? "" : message);
        out.writeEndObject();
    }

    private static void attributes(JsonGenerator out, Map<String, Object> attributes) throws IOException {
        out.writeObjectFieldStart("attributes");
        for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
            out.writeFieldName(attribute.getKey());
            JsonValues.write(out, attribute.getValue());
        }
        out.writeEndObject();
    }

    /** A string array of type identifiers, without repeats (the schema wants unique items); left out when empty. */
    private static void ids(JsonGenerator out, String name, Collection<CategoryId> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart(name);
        for (CategoryId id : new LinkedHashSet<>(ids)) {
            out.writeString(id.toString());
        }
        out.writeEndArray();
    }

    private static void optional(JsonGenerator out, String name, String value) throws IOException {
        if (value != null) {
            out.writeStringField(name, value);
        }
    }
}
