package occi.api.backend;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import occi.api.CategoryId;

/**
 * Which entities a listing wants, and which page of them.
 *
 * <p>A listing walked chunk by chunk asks for the next chunk with {@link #after(String)}
 * (keyset paging): the registry then starts at the first matching entity whose location
 * is greater than the last one it returned, seeking in its location order instead of
 * skipping {@code offset} entities again, so walking a whole collection costs one pass.
 * Locations compare as {@link String#compareTo} does (UTF-16 code units), the order every
 * listing is in.
 *
 * @param pathPrefix     only entities whose location starts with this path ({@code "/"} for all)
 * @param categories     each set is a constraint the entity must meet by its kind or one of its
 *                       mixins being in the set (a kind location passes the kind and its
 *                       sub-kinds as one set; a {@code ?category=} filter adds another)
 * @param attributes     attribute values the entity must have, compared after canonicalisation
 *                       ({@code occi.core.*} names included)
 * @param text           a string some attribute value must contain ({@code ?q=}), or {@code null}
 * @param entityType     {@code Resource.class}, {@code Link.class} or {@code Entity.class}
 * @param offset         how many matching entities to skip, in location order (after {@code after})
 * @param limit          how many to return at most
 * @param after          only entities whose location is greater than this one, or {@code null}
 *                       for no such bound; a page of such a query may leave its
 *                       {@link Page#total() total} {@link Page#UNCOUNTED uncounted}
 * @since 1.2
 */
public record EntityQuery(String pathPrefix, List<Set<CategoryId>> categories, Map<String, Object> attributes,
        String text, Class<? extends occi.api.Entity> entityType, long offset, int limit, String after) {

    public EntityQuery {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        categories = categories == null ? List.of() : categories.stream().map(Set::copyOf).toList();
        attributes = Map.copyOf(attributes == null ? Map.of() : attributes);
        entityType = entityType == null ? occi.api.Entity.class : entityType;
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset and limit are not negative");
        }
    }

    /** A query without a keyset bound ({@link #after()} is {@code null}). */
    public EntityQuery(String pathPrefix, List<Set<CategoryId>> categories, Map<String, Object> attributes,
            String text, Class<? extends occi.api.Entity> entityType, long offset, int limit) {
        this(pathPrefix, categories, attributes, text, entityType, offset, limit, null);
    }

    /** Every entity below a path, first page of the given size. */
    public static EntityQuery below(String pathPrefix, int limit) {
        return new EntityQuery(pathPrefix, List.of(), Map.of(), null, occi.api.Entity.class, 0, limit, null);
    }

    /** The same query for another page (keeping {@link #after()}). */
    public EntityQuery page(long newOffset, int newLimit) {
        return new EntityQuery(pathPrefix, categories, attributes, text, entityType, newOffset, newLimit, after);
    }

    /**
     * The same query for the entities after a location, from the first of them (offset 0,
     * same limit); {@code null} removes the bound.
     *
     * @since 1.2
     */
    public EntityQuery after(String location) {
        return new EntityQuery(pathPrefix, categories, attributes, text, entityType, 0, limit, location);
    }
}
