package confine.orm;

import java.util.Set;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A set of non-uniform resources (a node, a slice and a sliver, say) on which any
 * operation runs on every member concurrently and returns when all are done, with
 * one {@link Outcome} that reports each member's success or failure.
 *
 * <pre>
 * ResourceSet set = api.set(node, slice, sliver);
 * set.refresh();
 * set.update("description", "tagged");
 * Outcome o = set.invokeAsync("reboot", null).join(); // only members that have the action succeed
 * </pre>
 */
@ProviderType
public interface ResourceSet extends Iterable<Resource>, BulkOperations {

    Set<Resource> members();

    int size();

    /** A set with the given resource added. */
    ResourceSet with(Resource resource);
}
