package occi.api;

import java.util.Map;
import java.util.Objects;

/**
 * An operation that can be invoked on an entity ({@code POST /compute/42?action=stop}),
 * with the attributes it takes ({@code method=graceful}).
 *
 * @param id         scheme and term, e.g. {@code http://schemas.ogf.org/occi/infrastructure/compute/action#stop}
 * @param title      human-readable title, or {@code null}
 * @param attributes the attributes an invocation may carry
 */
public record Action(CategoryId id, String title, Map<String, AttributeDefinition> attributes) implements Category {

    public Action {
        Objects.requireNonNull(id, "id");
        attributes = Definitions.attributes(attributes);
    }

    @Override
    public String categoryClass() {
        return "action";
    }
}
