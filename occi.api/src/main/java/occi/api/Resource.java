package occi.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A resource: a compute, a network, a CONFINE node ... Its links are entities of their
 * own ({@link Link}, with this resource as source); registries keep them apart and the
 * server joins them when it renders the resource.
 *
 * <pre>
 * Resource vm = Resource.of("/compute/", Infrastructure.COMPUTE).withAttributes(Map.of("occi.compute.cores", 2));
 * </pre>
 */
public record Resource(String id, String location, CategoryId kind, List<CategoryId> mixins,
        Map<String, Object> attributes, String title, String summary, long version) implements Entity {

    public Resource {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        mixins = List.copyOf(mixins == null ? List.of() : mixins);
        attributes = Attributes.copy(attributes);
    }

    /** A new resource of a kind with a fresh UUID, located below a collection path such as {@code /compute/}. */
    public static Resource of(String collection, CategoryId kind) {
        String id = java.util.UUID.randomUUID().toString();
        return new Resource(id, collection + id, kind, List.of(), Map.of(), null, null, 0);
    }

    @Override
    public Map<String, Object> allAttributes() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put(Core.ID, id);
        Attributes.putIfPresent(all, Core.TITLE, title);
        Attributes.putIfPresent(all, Core.SUMMARY, summary);
        all.putAll(attributes);
        return all;
    }

    @Override
    public Resource withAttributes(Map<String, Object> newAttributes) {
        return new Resource(id, location, kind, mixins, newAttributes, title, summary, version);
    }

    @Override
    public Resource withMixins(List<CategoryId> newMixins) {
        return new Resource(id, location, kind, newMixins, attributes, title, summary, version);
    }

    @Override
    public Resource withTitle(String newTitle) {
        return new Resource(id, location, kind, mixins, attributes, newTitle, summary, version);
    }

    @Override
    public Resource withVersion(long newVersion) {
        return new Resource(id, location, kind, mixins, attributes, title, summary, newVersion);
    }

    @Override
    public Resource withKind(CategoryId newKind) {
        return new Resource(id, location, newKind, mixins, attributes, title, summary, version);
    }

    /** The same resource with another summary ({@code occi.core.summary}). */
    public Resource withSummary(String newSummary) {
        return new Resource(id, location, kind, mixins, attributes, title, newSummary, version);
    }

    /** The same resource at another location (a client-chosen path on PUT). */
    public Resource withLocation(String newLocation) {
        return new Resource(id, newLocation, kind, mixins, attributes, title, summary, version);
    }
}
