package occi.rendering.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import occi.api.CategoryId;
import occi.api.OcciException;
import occi.api.rendering.ActionInvocation;
import occi.api.rendering.CategoryRepresentation;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.Filter;
import occi.api.rendering.LinkRepresentation;
import occi.rendering.text.AttributeParser.ParsedAttribute;
import occi.rendering.text.TextDocument.Located;

/**
 * Reads a parsed request as what the server asked for: an entity, an action invocation,
 * categories, locations or a filter. A field that has no place in that shape is refused
 * with 400, naming it, rather than dropped: nothing a client sends is lost silently
 * (action links excepted, see {@link LinkParser}).
 */
final class RequestShapes {

    private RequestShapes() {}

    /**
     * {@code 1*Category *Link *X-OCCI-Attribute}: a kind (optional, the URL may tell), mixins, links, attributes.
     * A Category without {@code class} (OCCI 1.1 clients leave it out) is passed on unclassified: the
     * server knows from its model whether it is a kind or a mixin.
     */
    static EntityRepresentation entity(TextDocument document) {
        refuse(document.locations(), "X-OCCI-Location", "an entity rendering");
        CategoryId kind = null;
        String kindWhere = null;
        List<CategoryId> mixins = new ArrayList<>();
        List<CategoryId> unclassified = new ArrayList<>();
        for (ParsedCategory category : document.categories()) {
            String categoryClass = category.categoryClass();
            if (categoryClass == null) {
                if (mixins.contains(category.id()) || unclassified.contains(category.id())) {
                    throw OcciException.badRequest(category.where() + ": Category " + category.id() + " given twice");
                }
                unclassified.add(category.id());
                continue;
            }
            switch (categoryClass) {
                case "kind" -> {
                    if (kind != null) {
                        throw OcciException.badRequest(category.where() + ": a second kind, " + category.id()
                                + ", after " + kind + " (" + kindWhere + "); an entity has one kind");
                    }
                    kind = category.id();
                    kindWhere = category.where();
                }
                case "mixin" -> {
                    if (mixins.contains(category.id()) || unclassified.contains(category.id())) {
                        throw OcciException.badRequest(category.where() + ": mixin " + category.id() + " given twice");
                    }
                    mixins.add(category.id());
                }
                default -> throw OcciException.badRequest(category.where() + ": Category " + category.id()
                        + " is an action; an entity's categories are its kind and mixins");
            }
        }
        List<LinkRepresentation> links = document.links().stream().map(Located::value).toList();
        return new EntityRepresentation(kind, mixins, attributes(document), links, unclassified);
    }

    /** {@code 1Category *X-OCCI-Attribute}; the Category may be left out when {@code ?action=} names the action. */
    static ActionInvocation action(TextDocument document) {
        refuse(document.locations(), "X-OCCI-Location", "an action invocation");
        refuse(document.links(), "Link", "an action invocation");
        List<ParsedCategory> categories = document.categories();
        if (categories.size() > 1) {
            throw OcciException.badRequest(categories.get(1).where() + ": a second Category, " + categories.get(1).id()
                    + "; an action invocation names one action");
        }
        CategoryId action = null;
        if (!categories.isEmpty()) {
            ParsedCategory category = categories.get(0);
            if (category.categoryClass() != null && !category.categoryClass().equals("action")) {
                throw OcciException.badRequest(category.where() + ": Category " + category.id() + " is a "
                        + category.categoryClass() + "; an action invocation names an action (class=\"action\")");
            }
            action = category.id();
        }
        return new ActionInvocation(action, attributes(document));
    }

    /** {@code *Category}: user mixins to define or remove, or the categories a query interface GET asks for. */
    static List<CategoryRepresentation> categories(TextDocument document) {
        refuse(document.locations(), "X-OCCI-Location", "a category rendering");
        refuse(document.links(), "Link", "a category rendering");
        refuse(document.attributes().stream().map(a -> new Located<>(a.name(), a.where())).toList(),
                "X-OCCI-Attribute", "a category rendering");
        Map<CategoryId, String> seen = new HashMap<>();
        List<CategoryRepresentation> categories = new ArrayList<>();
        for (ParsedCategory category : document.categories()) {
            String first = seen.putIfAbsent(category.id(), category.where());
            if (first != null) {
                throw OcciException.badRequest(category.where() + ": Category " + category.id()
                        + " given twice (also " + first + ")");
            }
            categories.add(category.representation());
        }
        return List.copyOf(categories);
    }

    /** {@code *X-OCCI-Location}: entities to add to or remove from a mixin collection. */
    static List<String> locations(TextDocument document) {
        refuse(document.categories().stream().map(c -> new Located<>(c.id(), c.where())).toList(),
                "Category", "a location list");
        refuse(document.links(), "Link", "a location list");
        refuse(document.attributes().stream().map(a -> new Located<>(a.name(), a.where())).toList(),
                "X-OCCI-Attribute", "a location list");
        return document.locations().stream().map(Located::value).toList();
    }

    /** {@code *Category *X-OCCI-Attribute} on a GET: the categories and attribute values entities must have. */
    static Filter filter(TextDocument document) {
        refuse(document.locations(), "X-OCCI-Location", "a filter");
        refuse(document.links(), "Link", "a filter");
        List<CategoryId> categories = new ArrayList<>();
        for (ParsedCategory category : document.categories()) {
            if (!categories.contains(category.id())) {
                categories.add(category.id());
            }
        }
        return new Filter(categories, attributes(document));
    }

    private static Map<String, Object> attributes(TextDocument document) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        Map<String, String> where = new HashMap<>();
        for (ParsedAttribute attribute : document.attributes()) {
            if (attributes.putIfAbsent(attribute.name(), attribute.value()) != null) {
                throw OcciException.badRequest(attribute.where() + ": attribute " + attribute.name()
                        + " given twice (also " + where.get(attribute.name()) + ")");
            }
            where.put(attribute.name(), attribute.where());
        }
        return attributes;
    }

    private static void refuse(List<? extends Located<?>> fields, String name, String shape) {
        if (!fields.isEmpty()) {
            throw OcciException.badRequest(fields.get(0).where() + ": " + name + " has no place in " + shape);
        }
    }
}
