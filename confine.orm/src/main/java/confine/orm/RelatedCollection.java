package confine.orm;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A resource's sub-collection (all slivers of one node): its members are those the
 * parent's list-of-references field names. It finds its own {@link Manager} (the
 * collection its members live in) and {@link #create(Object...)} fills in the
 * reference to the parent by itself.
 *
 * <pre>
 * RelatedCollection slivers = node.related("slivers");
 * Resource sliver = slivers.create("slice", slice, "interfaces", List.of()); // "node" is filled in
 * slivers.update("set_state", "start");                                       // concurrently
 * </pre>
 */
@ProviderType
public interface RelatedCollection extends ResourceCollection {

    /** The resource this collection belongs to. */
    Resource parent();

    /** The parent's field this collection comes from ({@code slivers}). */
    String field();

    /** The name of the members' field that refers back to the parent ({@code node}). */
    String parentField();

    /** Creates a member whose parent reference is filled in; the parent is refreshed to list it. */
    @Override
    Resource create(Object... fields);
}
