package occi.api.rendering;

import java.util.List;
import java.util.Map;
import occi.api.CategoryId;

/**
 * A filter sent in a request's rendering (OCCI 1.1 style: {@code Category} and
 * {@code X-OCCI-Attribute} on a GET), in addition to the {@code ?category=} and {@code ?q=}
 * query parameters the server reads itself.
 */
public record Filter(List<CategoryId> categories, Map<String, Object> attributes) {

    public static final Filter NONE = new Filter(List.of(), Map.of());

    public Filter {
        categories = List.copyOf(categories == null ? List.of() : categories);
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
    }

    public boolean isEmpty() {
        return categories.isEmpty() && attributes.isEmpty();
    }
}
