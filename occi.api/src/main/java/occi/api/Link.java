package occi.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A link from a resource (its source, a location in this server) to a target, which is a
 * resource of this server (a location) or any external URI.
 *
 * @param source     the source resource's location, e.g. {@code /compute/42}
 * @param target     the target: a location in this server or an absolute external URI
 * @param targetKind the target's kind when known (rendered as {@code rel}), or {@code null}
 */
public record Link(String id, String location, CategoryId kind, List<CategoryId> mixins, Map<String, Object> attributes,
        String title, String source, String target, CategoryId targetKind, long version) implements Entity {

    public Link {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        mixins = List.copyOf(mixins == null ? List.of() : mixins);
        attributes = Attributes.copy(attributes);
    }

    /** Whether the target is a resource of this server rather than an external URI. */
    public boolean targetIsLocal() {
        return target.startsWith("/");
    }

    @Override
    public Map<String, Object> allAttributes() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put(Core.ID, id);
        Attributes.putIfPresent(all, Core.TITLE, title);
        all.put(Core.SOURCE, source);
        all.put(Core.TARGET, target);
        all.putAll(attributes);
        return all;
    }

    @Override
    public Link withAttributes(Map<String, Object> newAttributes) {
        return new Link(id, location, kind, mixins, newAttributes, title, source, target, targetKind, version);
    }

    @Override
    public Link withMixins(List<CategoryId> newMixins) {
        return new Link(id, location, kind, newMixins, attributes, title, source, target, targetKind, version);
    }

    @Override
    public Link withTitle(String newTitle) {
        return new Link(id, location, kind, mixins, attributes, newTitle, source, target, targetKind, version);
    }

    @Override
    public Link withVersion(long newVersion) {
        return new Link(id, location, kind, mixins, attributes, title, source, target, targetKind, newVersion);
    }

    @Override
    public Link withKind(CategoryId newKind) {
        return new Link(id, location, newKind, mixins, attributes, title, source, target, targetKind, version);
    }

    /** The same link at another location. */
    public Link withLocation(String newLocation) {
        return new Link(id, newLocation, kind, mixins, attributes, title, source, target, targetKind, version);
    }

    /** The same link pointing elsewhere. */
    public Link withTarget(String newTarget, CategoryId newTargetKind) {
        return new Link(id, location, kind, mixins, attributes, title, source, newTarget, newTargetKind, version);
    }
}
