package occi.rendering.text;

import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import occi.api.Action;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Resource;
import occi.api.rendering.EntityView;
import occi.api.rendering.RenderContext;
import occi.rendering.support.ActionLinks;

/**
 * Writes an entity as GFD.229 renders it: a Category field for its kind and each mixin,
 * a Link field for each of a resource's links and an action link for each action
 * applicable now, then an X-OCCI-Attribute field for every attribute, the
 * {@code occi.core.*} ones included.
 *
 * <p>A standalone link's target kind is not rendered as {@code occi.core.target.kind}
 * (GFD.229's name for it): the server refuses that attribute on input, so a client that
 * PUTs back what it read would fail.
 */
final class EntityFields {

    private final TextValues values;

    /**
     * The last category line written: most entities a GET renders are of the same kind, and
     * the line is the same for each. A category is immutable, so its instance, the location
     * the context gives it and the character set decide the line.
     */
    private volatile CategoryLine lastCategory;

    EntityFields(TextValues values) {
        this.values = values;
    }

    void write(EntityView view, RenderContext context, FieldSink sink) throws IOException {
        boolean ascii = sink.asciiOnly();
        Entity entity = view.entity();
        sink.field(FieldName.CATEGORY, category(view.kind(), context, ascii));
        for (Category mixin : view.mixins()) {
            sink.field(FieldName.CATEGORY, category(mixin, context, ascii));
        }
        if (entity instanceof Resource) {
            for (EntityView link : view.links()) {
                sink.field(FieldName.LINK, link(link, context, ascii));
            }
        }
        for (Action action : view.actions()) {
            StringBuilder value = new StringBuilder(160).append('<').append(ActionLinks.uri(entity, action, context)).append(">; rel=");
            sink.field(FieldName.LINK, TextValues.appendQuoted(value, action.id().toString(), ascii).toString());
        }
        for (Map.Entry<String, Object> attribute : entity.allAttributes().entrySet()) {
            sink.field(FieldName.ATTRIBUTE, attribute(attribute.getKey(), attribute.getValue(), ascii));
        }
    }

    private String category(Category category, RenderContext context, boolean ascii) {
        String location = CategoryValues.location(category, context);
        CategoryLine last = lastCategory;
        if (last != null && last.category() == category && last.ascii() == ascii && Objects.equals(last.location(), location)) {
            return last.line();
        }
        String line = CategoryValues.reference(category, context, ascii);
        lastCategory = new CategoryLine(category, location, ascii, line);
        return line;
    }

    /** Compared by the category's identity, not by the record's deep equality. */
    private record CategoryLine(Category category, String location, boolean ascii, String line) {}

    /**
     * {@code <target>; rel="<target kind>"; self="<link>"; category="<kind> <mixins>"; name=value...}.
     * The ABNF requires {@code rel}: a target of unknown kind (an external URI) is named
     * by the most general kind a link can point to, core {@code resource}.
     */
    private String link(EntityView view, RenderContext context, boolean ascii) {
        Link link = (Link) view.entity();
        CategoryId targetKind = link.targetKind() != null ? link.targetKind() : Core.RESOURCE.id();
        StringBuilder value = new StringBuilder()
                .append('<').append(context.absolute(link.target())).append('>')
                .append("; rel=");
        TextValues.appendQuoted(value, targetKind.toString(), ascii).append("; self=");
        TextValues.appendQuoted(value, context.absolute(link.location()), ascii).append("; category=");
        TextValues.appendQuoted(value, categories(view), ascii);
        for (Map.Entry<String, Object> attribute : link.allAttributes().entrySet()) {
            value.append("; ").append(attribute(attribute.getKey(), attribute.getValue(), ascii));
        }
        return value.toString();
    }

    private static String categories(EntityView view) {
        return Stream.concat(Stream.of(view.kind()), view.mixins().stream())
                .map(category -> category.id().toString())
                .collect(Collectors.joining(" "));
    }

    private String attribute(String name, Object value, boolean ascii) {
        return name + "=" + values.value(value, ascii);
    }
}
