package occi.rendering.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import occi.api.CategoryId;
import occi.api.rendering.LinkRepresentation;
import occi.rendering.support.ActionLinks;

/**
 * Parses one Link value (GFD.229):
 * {@code <target>; rel="<target kind>" [; self="<link location>"] [; category="<kind> <mixin>..."] [; name=value]...}.
 *
 * <p>Action links ({@code <...?action=start>; rel="...#start"}) describe what the server
 * offers, not data: a client that sends a rendering back unchanged (a PUT after a GET)
 * includes them, so they are dropped here rather than refused.
 */
final class LinkParser {

    private LinkParser() {}

    /** The link, or empty for an action link. */
    static Optional<LinkRepresentation> parse(Field field) {
        Cursor cursor = new Cursor(field.value(), field.where());
        String target = cursor.angled("the target URI of Link");
        try {
            new URI(target);
        } catch (URISyntaxException e) {
            throw cursor.error("the target of Link <" + target + "> is not a URI: " + e.getMessage());
        }
        String what = "Link <" + target + ">";
        List<Param> params = Params.rest(cursor, what);
        if (ActionLinks.isActionUri(target)) {
            return Optional.empty();
        }
        CategoryId targetKind = null;
        String self = null;
        List<CategoryId> categories = List.of();
        Map<String, Object> attributes = new LinkedHashMap<>();
        boolean relSeen = false;
        boolean selfSeen = false;
        boolean categorySeen = false;
        for (Param param : params) {
            switch (param.name().toLowerCase(Locale.ROOT)) {
                case "rel" -> {
                    relSeen = once(relSeen, "rel", what, cursor);
                    // rel may list several kinds; the first is the target's own
                    List<CategoryId> kinds = TypeIdentifiers.list(param.value(), "rel of " + what, cursor);
                    targetKind = kinds.isEmpty() ? null : kinds.get(0);
                }
                case "self" -> {
                    selfSeen = once(selfSeen, "self", what, cursor);
                    self = param.value();
                }
                case "category" -> {
                    categorySeen = once(categorySeen, "category", what, cursor);
                    categories = TypeIdentifiers.list(param.value(), "category of " + what, cursor);
                }
                default -> {
                    if (attributes.put(param.name(), TypedValues.of(param, true, cursor)) != null) {
                        throw cursor.error("attribute " + param.name() + " given twice in " + what);
                    }
                }
            }
        }
        CategoryId kind = categories.isEmpty() ? null : categories.get(0);
        List<CategoryId> mixins = categories.isEmpty() ? List.of() : categories.subList(1, categories.size());
        return Optional.of(new LinkRepresentation(target, targetKind, kind, mixins, attributes, self));
    }

    private static boolean once(boolean seen, String name, String what, Cursor cursor) {
        if (seen) {
            throw cursor.error("parameter " + name + " given twice in " + what);
        }
        return true;
    }
}
