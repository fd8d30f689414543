package confine.orm;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The operations a {@link ResourceCollection} and a {@link ResourceSet} run on every member
 * at once: concurrently, bounded by the in-flight limit, returning when all are done with
 * every member's result in one {@link Outcome} (one failure does not hide the others).
 */
@ProviderType
public interface BulkOperations {

    /** Sets the fields on every member and saves them concurrently. */
    Outcome update(Object... fields);

    CompletableFuture<Outcome> updateAsync(Map<String, ?> fields);

    /** Saves every member's local changes concurrently. */
    Outcome save();

    CompletableFuture<Outcome> saveAsync();

    /** Deletes every member concurrently. */
    Outcome delete();

    CompletableFuture<Outcome> deleteAsync();

    /** Fetches every member again, concurrently. */
    Outcome refresh();

    CompletableFuture<Outcome> refreshAsync();

    /** Calls the named action on every member concurrently, with no body. */
    Outcome invoke(String action);

    /** Calls the named action on every member concurrently, with a JSON body. */
    Outcome invoke(String action, Object body);

    CompletableFuture<Outcome> invokeAsync(String action, Object body);

    /** Uploads the file with the named action to every member concurrently. */
    Outcome upload(String action, Path file);
}
