package occi.rendering.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.rendering.CategoryRepresentation;

/**
 * Parses one Category value (GFD.229):
 * {@code term; scheme="..."; class="kind|mixin|action" [; title="..."] [; rel="..."]
 * [; location="..."] [; attributes="a b{immutable required}"] [; actions="..."]}.
 *
 * <p>{@code rel} (OCCI 1.1 and 1.2) lists a kind's parent or a mixin's dependencies;
 * {@code depends} and {@code applies}, which this server also renders, are read when
 * present. Categories named there need not exist: the server decides. Parameters this
 * grammar does not know are ignored, so that newer clients are understood.
 */
final class CategoryParser {

    private static final Set<String> CLASSES = Set.of("kind", "mixin", "action");
    private static final Set<String> PROPERTIES = Set.of("immutable", "required");

    private CategoryParser() {}

    static ParsedCategory parse(Field field) {
        Cursor cursor = new Cursor(field.value(), field.where());
        String term = cursor.token("term in Category");
        Map<String, Param> params = new HashMap<>();
        for (Param param : Params.rest(cursor, "Category " + term)) {
            String name = param.name().toLowerCase(Locale.ROOT);
            if (params.putIfAbsent(name, param) != null) {
                throw cursor.error("parameter " + name + " given twice in Category " + term);
            }
        }
        Param scheme = params.get("scheme");
        if (scheme == null || scheme.value().isBlank()) {
            throw cursor.error("missing scheme in Category " + term);
        }
        checkUri(scheme.value(), "the scheme of Category " + term, cursor);
        CategoryId id = categoryId(scheme.value(), term, cursor);
        String where = "Category " + id;
        String categoryClass = categoryClass(params.get("class"), where, cursor);
        String title = text(params.get("title"));
        String location = text(params.get("location"));
        if (location != null) {
            checkUri(location, "the location of " + where, cursor);
        }
        List<CategoryId> rel = ids(params.get("rel"), "rel of " + where, cursor);
        List<CategoryId> depends = ids(params.get("depends"), "depends of " + where, cursor);
        List<CategoryId> applies = ids(params.get("applies"), "applies of " + where, cursor);
        Map<String, AttributeDefinition> attributes = attributes(params.get("attributes"), where, cursor);
        List<CategoryId> actions = ids(params.get("actions"), "actions of " + where, cursor);
        // 1.2 renders depends and applies on their own; a 1.1 client only has rel
        List<CategoryId> dependencies = params.containsKey("depends") || params.containsKey("applies") ? depends : rel;
        return new ParsedCategory(
                new CategoryRepresentation(id, categoryClass, title, dependencies, applies, location, attributes),
                actions, field.where());
    }

    private static CategoryId categoryId(String scheme, String term, Cursor cursor) {
        try {
            return new CategoryId(scheme, term);
        } catch (IllegalArgumentException e) {
            throw cursor.error("Category: " + e.getMessage());
        }
    }

    private static String categoryClass(Param param, String where, Cursor cursor) {
        if (param == null) {
            return null; // required in entities and actions, optional in filters: the caller checks
        }
        String value = param.value().toLowerCase(Locale.ROOT);
        if (!CLASSES.contains(value)) {
            throw cursor.error("class of " + where + " is '" + param.value() + "', not kind, mixin or action");
        }
        return value;
    }

    private static String text(Param param) {
        return param == null ? null : param.value();
    }

    private static List<CategoryId> ids(Param param, String what, Cursor cursor) {
        return param == null ? List.of() : TypeIdentifiers.list(param.value(), what, cursor);
    }

    private static void checkUri(String uri, String what, Cursor cursor) {
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            throw cursor.error(what + " is not a URI: " + e.getMessage());
        }
    }

    /** {@code attributes="occi.compute.cores occi.compute.state{immutable required}"}: names with properties, no types. */
    private static Map<String, AttributeDefinition> attributes(Param param, String where, Cursor cursor) {
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        if (param == null) {
            return definitions;
        }
        String list = param.value();
        int i = 0;
        while (i < list.length()) {
            if (Character.isWhitespace(list.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < list.length() && !Character.isWhitespace(list.charAt(i)) && list.charAt(i) != '{') {
                i++;
            }
            String name = list.substring(start, i);
            boolean immutable = false;
            boolean required = false;
            if (i < list.length() && list.charAt(i) == '{') {
                int close = list.indexOf('}', i);
                if (close < 0) {
                    throw cursor.error("missing '}' after the properties of attribute " + name + " in " + where);
                }
                for (String property : list.substring(i + 1, close).trim().split("\\s+")) {
                    if (!PROPERTIES.contains(property)) {
                        throw cursor.error("attribute " + name + " of " + where + " has property '" + property
                                + "', not immutable or required");
                    }
                    immutable |= property.equals("immutable");
                    required |= property.equals("required");
                }
                i = close + 1;
            }
            if (name.isEmpty()) {
                throw cursor.error("an attribute of " + where + " has properties but no name");
            }
            if (definitions.containsKey(name)) {
                throw cursor.error("attribute " + name + " listed twice in " + where);
            }
            definitions.put(name, definition(name, immutable, required, where, cursor));
        }
        return definitions;
    }

    private static AttributeDefinition definition(String name, boolean immutable, boolean required, String where,
            Cursor cursor) {
        try {
            // the text rendering carries no types: the server's own definition decides
            AttributeDefinition.Builder builder = AttributeDefinition.builder(name, AttributeType.STRING);
            if (immutable) {
                builder.immutable();
            }
            if (required) {
                builder.required();
            }
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw cursor.error("attribute of " + where + ": " + e.getMessage());
        }
    }
}
