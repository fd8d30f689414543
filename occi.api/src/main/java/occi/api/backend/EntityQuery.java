package occi.api.backend;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import occi.api.CategoryId;

/**
 * Which entities a listing wants, and which page of them.
 *
 * @param pathPrefix     only entities whose location starts with this path ({@code "/"} for all)
 * @param categories     each set is a constraint the entity must meet by its kind or one of its
 *                       mixins being in the set (a kind location passes the kind and its
 *                       sub-kinds as one set; a {@code ?category=} filter adds another)
 * @param attributes     attribute values the entity must have, compared after canonicalisation
 *                       ({@code occi.core.*} names included)
 * @param text           a string some attribute value must contain ({@code ?q=}), or {@code null}
 * @param entityType     {@code Resource.class}, {@code Link.class} or {@code Entity.class}
 * @param offset         how many matching entities to skip, in location order
 * @param limit          how many to return at most
 */
public record EntityQuery(String pathPrefix, List<Set<CategoryId>> categories, Map<String, Object> attributes,
        String text, Class<? extends occi.api.Entity> entityType, long offset, int limit) {

    public EntityQuery {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        categories = categories == null ? List.of() : categories.stream().map(Set::copyOf).toList();
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        entityType = entityType == null ? occi.api.Entity.class : entityType;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit are not negative");
        }
    }

    /** Every entity below a path, first page of the given size. */
    public static EntityQuery below(String pathPrefix, int limit) {
        return new EntityQuery(pathPrefix, List.of(), Map.of(), null, occi.api.Entity.class, 0, limit);
    }

    /** The same query for another page. */
    public EntityQuery page(long newOffset, int newLimit) {
        return new EntityQuery(pathPrefix, categories, attributes, text, entityType, newOffset, newLimit);
    }
}
