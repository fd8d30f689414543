package occi.rendering.text;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import occi.api.AttributeDefinition;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.rendering.RenderContext;

/**
 * Writes a Category value exactly as GFD.229's Category ABNF has it, in its order and
 * with no other key: {@code term; scheme="..."; class="..."; title="..."; rel="...";
 * location="..."}, and for the query interface also {@code attributes="..."} and
 * {@code actions="..."}. Strict clients refuse a whole query interface on one unknown key.
 *
 * <p>{@code rel} is one type identifier: a kind's parent, or a mixin's first
 * {@code depends} (GFD.229: only Mixin.depends, and only its first value, is rendered to
 * {@code rel}; OCCI 1.1 clients find templates by an {@code os_tpl} there). A mixin's
 * {@code applies} and further {@code depends} have no place in the text rendering: JSON
 * and HTML show them. Locations are rendered as the context says: relative by default.
 */
final class CategoryValues {

    private CategoryValues() {}

    /** A category as an entity's rendering names it. */
    static String reference(Category category, RenderContext context, boolean asciiOnly) {
        return head(category, context, asciiOnly).toString();
    }

    /** A category with all it defines, for the query interface. */
    static String definition(Category category, RenderContext context, boolean asciiOnly) {
        StringBuilder value = head(category, context, asciiOnly);
        if (!category.attributes().isEmpty()) {
            param(value, "attributes", attributes(category), asciiOnly);
        }
        List<CategoryId> actions = category instanceof Kind kind ? kind.actions()
                : category instanceof Mixin mixin ? mixin.actions()
                : List.of();
        if (!actions.isEmpty()) {
            param(value, "actions", join(actions), asciiOnly);
        }
        return value.toString();
    }

    /** Where a category's instances are, as the context renders it; {@code null} when it has no location. */
    static String location(Category category, RenderContext context) {
        if (category instanceof Kind kind) {
            return kind.location() == null ? null : context.categoryLocation(kind.location());
        }
        return category instanceof Mixin mixin ? context.categoryLocation(mixin.location()) : null;
    }

    private static StringBuilder head(Category category, RenderContext context, boolean asciiOnly) {
        StringBuilder value = new StringBuilder(category.id().term());
        param(value, "scheme", category.id().scheme(), asciiOnly);
        param(value, "class", category.categoryClass(), asciiOnly);
        if (category.title() != null) {
            param(value, "title", category.title(), asciiOnly);
        }
        // an action has neither relations nor a location
        if (category instanceof Kind kind) {
            if (kind.parent() != null) {
                param(value, "rel", kind.parent().toString(), asciiOnly);
            }
            if (kind.location() != null) {
                param(value, "location", location(kind, context), asciiOnly);
            }
        } else if (category instanceof Mixin mixin) {
            if (!mixin.depends().isEmpty()) {
                param(value, "rel", mixin.depends().get(0).toString(), asciiOnly);
            }
            param(value, "location", location(mixin, context), asciiOnly);
        }
        return value;
    }

    private static void param(StringBuilder value, String name, String text, boolean asciiOnly) {
        TextValues.appendQuoted(value.append("; ").append(name).append('='), text, asciiOnly);
    }

    /** {@code occi.compute.cores occi.compute.state{immutable required}}. */
    private static String attributes(Category category) {
        return category.attributes().values().stream().map(CategoryValues::attribute).collect(Collectors.joining(" "));
    }

    private static String attribute(AttributeDefinition definition) {
        List<String> properties = new ArrayList<>(2);
        if (!definition.mutable()) {
            properties.add("immutable");
        }
        if (definition.required()) {
            properties.add("required");
        }
        return properties.isEmpty() ? definition.name() : definition.name() + "{" + String.join(" ", properties) + "}";
    }

    private static String join(List<CategoryId> ids) {
        return ids.stream().map(CategoryId::toString).collect(Collectors.joining(" "));
    }
}
