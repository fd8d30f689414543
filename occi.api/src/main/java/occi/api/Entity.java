package occi.api;

import java.util.List;
import java.util.Map;

/**
 * An OCCI entity: a {@link Resource} or a {@link Link}. Immutable; every change makes a
 * new value ({@code withAttributes}, {@code withMixins} ...).
 *
 * <p>The {@code occi.core.*} attributes are fields of their own, not entries of
 * {@link #attributes()}: {@code occi.core.id} is {@link #id()}, a stable identifier the
 * server assigns once; {@code occi.core.title} is {@link #title()}; a resource's summary
 * and a link's source and target likewise.
 */
public sealed interface Entity permits Resource, Link {

    /** {@code occi.core.id}: the entity's stable identifier (a UUID unless the client chose one). */
    String id();

    /** Where the entity lives, a path relative to the server's base: {@code /compute/6f1c...}. */
    String location();

    /** The entity's kind. */
    CategoryId kind();

    /** The mixins applied to it, in the order they were applied. */
    List<CategoryId> mixins();

    /** Its attributes other than {@code occi.core.*}, canonical values (see {@link AttributeDefinition#coerce}). */
    Map<String, Object> attributes();

    /** {@code occi.core.title}, or {@code null}. */
    String title();

    /**
     * A number the registry increases on every stored change; the HTTP server derives
     * the entity's ETag from it. 0 for an entity not stored yet.
     */
    long version();

    /** Every attribute, the {@code occi.core.*} ones included, as renderings show them. */
    Map<String, Object> allAttributes();

    /** The same entity with other (non-core) attributes. */
    Entity withAttributes(Map<String, Object> attributes);

    /** The same entity with other mixins. */
    Entity withMixins(List<CategoryId> mixins);

    /** The same entity with another title. */
    Entity withTitle(String title);

    /** The same entity as stored with the given version. */
    Entity withVersion(long version);

    /** The same entity with another kind (used when a backend moves it along a kind hierarchy). */
    Entity withKind(CategoryId kind);
}
