package occi.rendering.text;

import java.io.IOException;
import java.util.Map;
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

    EntityFields(TextValues values) {
        this.values = values;
    }

    void write(EntityView view, RenderContext context, FieldSink sink) throws IOException {
        boolean ascii = sink.asciiOnly();
        Entity entity = view.entity();
        sink.field(FieldName.CATEGORY, CategoryValues.reference(view.kind(), context, ascii));
        for (Category mixin : view.mixins()) {
            sink.field(FieldName.CATEGORY, CategoryValues.reference(mixin, context, ascii));
        }
        if (entity instanceof Resource) {
            for (EntityView link : view.links()) {
                sink.field(FieldName.LINK, link(link, context, ascii));
            }
        }
        for (Action action : view.actions()) {
            sink.field(FieldName.LINK, "<" + ActionLinks.uri(entity, action, context) + ">; rel="
                    + TextValues.quoted(action.id().toString(), ascii));
        }
        for (Map.Entry<String, Object> attribute : entity.allAttributes().entrySet()) {
            sink.field(FieldName.ATTRIBUTE, attribute(attribute.getKey(), attribute.getValue(), ascii));
        }
    }

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
                .append("; rel=").append(TextValues.quoted(targetKind.toString(), ascii))
                .append("; self=").append(TextValues.quoted(context.absolute(link.location()), ascii))
                .append("; category=").append(TextValues.quoted(categories(view), ascii));
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
