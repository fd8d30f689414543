package confine.orm;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
public interface ResourceSet extends Iterable<Resource> {

    Set<Resource> members();

    int size();

    /** A set with the given resource added. */
    ResourceSet with(Resource resource);

    Outcome update(Object... fields);

    CompletableFuture<Outcome> updateAsync(Map<String, ?> fields);

    Outcome save();

    CompletableFuture<Outcome> saveAsync();

    Outcome delete();

    CompletableFuture<Outcome> deleteAsync();

    Outcome refresh();

    CompletableFuture<Outcome> refreshAsync();

    Outcome invoke(String action);

    Outcome invoke(String action, Object body);

    CompletableFuture<Outcome> invokeAsync(String action, Object body);

    Outcome upload(String action, Path file);
}
