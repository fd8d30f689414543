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
 * Writes a Category value: {@code term; scheme="..."; class="..."; title="..."; rel="...";
 * location="..."}, and for the query interface also {@code attributes="..."} and
 * {@code actions="..."}.
 *
 * <p>{@code rel} holds a kind's parent, or a mixin's {@code depends} then {@code applies}
 * (OCCI 1.1 clients look for a template's {@code os_tpl} there). A mixin also gets
 * {@code depends} and {@code applies} of their own, so that a 1.2 reader can tell the two
 * apart. Locations are rendered as the context says: relative by default.
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
                param(value, "location", context.categoryLocation(kind.location()), asciiOnly);
            }
        } else if (category instanceof Mixin mixin) {
            List<CategoryId> related = new ArrayList<>(mixin.depends());
            related.addAll(mixin.applies());
            if (!related.isEmpty()) {
                param(value, "rel", join(related), asciiOnly);
            }
            param(value, "location", context.categoryLocation(mixin.location()), asciiOnly);
            if (!mixin.depends().isEmpty()) {
                param(value, "depends", join(mixin.depends()), asciiOnly);
            }
            if (!mixin.applies().isEmpty()) {
                param(value, "applies", join(mixin.applies()), asciiOnly);
            }
        }
        return value;
    }

    private static void param(StringBuilder value, String name, String text, boolean asciiOnly) {
        value.append("; ").append(name).append('=').append(TextValues.quoted(text, asciiOnly));
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
