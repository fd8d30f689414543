package occi.rendering.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import occi.api.CategoryId;
import occi.api.OcciException;
import occi.api.rendering.ActionInvocation;
import occi.api.rendering.CategoryRepresentation;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.Filter;

/**
 * Turns the fields of a posted HTML form into the representations the server checks
 * against its model. Values stay strings: the server coerces them with each attribute's
 * definition (a form cannot tell {@code 2} from {@code "2"}). Fields the rendering does not
 * know (the submit button's name, {@code _method}) are ignored.
 */
final class FormParser {

    private FormParser() {}

    static EntityRepresentation entity(FormData form) {
        String kind = form.single(FormFields.KIND);
        return new EntityRepresentation(kind == null ? null : categoryId(FormFields.KIND, kind),
                categoryIds(form, FormFields.MIXIN), attributes(form), List.of());
    }

    static ActionInvocation action(FormData form) {
        String action = form.single(FormFields.ACTION);
        return new ActionInvocation(action == null ? null : categoryId(FormFields.ACTION, action), attributes(form));
    }

    static List<String> locations(FormData form) {
        List<String> locations = new ArrayList<>();
        for (String value : form.all(FormFields.LOCATION)) {
            for (String location : value.trim().split("\\s+")) {
                if (!location.isEmpty()) {
                    locations.add(location);
                }
            }
        }
        return locations;
    }

    static List<CategoryRepresentation> categories(FormData form) {
        List<CategoryRepresentation> categories = new ArrayList<>();
        for (CategoryId id : categoryIds(form, FormFields.CATEGORY)) {
            categories.add(new CategoryRepresentation(id, null, null, List.of(), List.of(), null, Map.of()));
        }
        String term = form.single(FormFields.CATEGORY_TERM);
        if (term != null) {
            String scheme = form.single(FormFields.CATEGORY_SCHEME);
            if (scheme == null) {
                throw OcciException.badRequest("a new mixin needs a scheme (form field " + FormFields.CATEGORY_SCHEME + ")");
            }
            CategoryId id;
            try {
                id = new CategoryId(scheme.trim(), term.trim());
            } catch (IllegalArgumentException e) {
                throw OcciException.badRequest("a new mixin: " + e.getMessage());
            }
            categories.add(new CategoryRepresentation(id, "mixin", form.single(FormFields.CATEGORY_TITLE),
                    categoryIds(form, FormFields.CATEGORY_DEPENDS), categoryIds(form, FormFields.CATEGORY_APPLIES),
                    trimmed(form.single(FormFields.CATEGORY_LOCATION)), Map.of()));
        }
        return categories;
    }

    static Filter filter(FormData form) {
        return new Filter(categoryIds(form, FormFields.CATEGORY), attributes(form));
    }

    /** Every {@code attribute.<name>} field a user filled in, by name, in form order. */
    private static Map<String, Object> attributes(FormData form) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (String field : form.names()) {
            if (field.startsWith(FormFields.ATTRIBUTE_PREFIX)) {
                String name = field.substring(FormFields.ATTRIBUTE_PREFIX.length());
                if (name.isEmpty()) {
                    throw OcciException.badRequest("form field " + field + " names no attribute");
                }
                String value = form.single(field);
                if (value != null) {
                    attributes.put(name, value);
                }
            }
        }
        return attributes;
    }

    private static List<CategoryId> categoryIds(FormData form, String field) {
        List<CategoryId> ids = new ArrayList<>();
        for (String value : form.all(field)) {
            for (String typeId : value.trim().split("\\s+")) {
                if (!typeId.isEmpty()) {
                    CategoryId id = categoryId(field, typeId);
                    if (!ids.contains(id)) {
                        ids.add(id);
                    }
                }
            }
        }
        return ids;
    }

    private static CategoryId categoryId(String field, String typeId) {
        try {
            return CategoryId.parse(typeId.trim());
        } catch (IllegalArgumentException e) {
            throw OcciException.badRequest("form field " + field + ": " + e.getMessage());
        }
    }

    private static String trimmed(String value) {
        return value == null ? null : value.trim();
    }
}
