package occi.api;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The type of an entity: its attributes, the actions that can be invoked on it, its
 * parent kind (whose attributes and actions it inherits) and the location where its
 * instances are collected. A kind may have no location (it then has no collection); the
 * server instantiates only kinds below core {@code resource} or {@code link}.
 *
 * <pre>
 * Kind compute = new Kind(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute"),
 *         "Compute Resource", Core.RESOURCE.id(), Kind.attributes(cores, memory), List.of(start, stop), "/compute/");
 * </pre>
 *
 * @param id         scheme and term
 * @param title      human-readable title, or {@code null}
 * @param parent     the parent kind, {@code null} only for core {@code entity}
 * @param attributes the attributes this kind adds to its parent's
 * @param actions    the actions that apply to its instances
 * @param location   where its instances are collected, e.g. {@code /compute/}, or {@code null}
 */
public record Kind(CategoryId id, String title, CategoryId parent, Map<String, AttributeDefinition> attributes,
        List<CategoryId> actions, String location) implements Category {

    public Kind {
        Objects.requireNonNull(id, "id");
        attributes = Definitions.attributes(attributes);
        actions = Definitions.list(actions);
        location = Definitions.location(location, true);
    }

    /** Collects attribute definitions into the map a category holds. */
    public static Map<String, AttributeDefinition> attributes(AttributeDefinition... definitions) {
        return Definitions.attributes(Arrays.asList(definitions));
    }

    @Override
    public String categoryClass() {
        return "kind";
    }
}
