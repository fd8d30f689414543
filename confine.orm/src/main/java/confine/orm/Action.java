package confine.orm;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * An action-like endpoint discovered from a {@code Link} header's {@code do-<verb>}
 * relation ({@code reboot}, {@code renew}, {@code upload_overlay}, {@code get_auth_token}, ...).
 * Each call is one POST, never retried.
 *
 * <pre>
 * node.action("reboot").call();                               // no body
 * api.action("get_auth_token").call(Map.of("username", "vct", "password", "vct"));
 * slice.action("upload_overlay").upload(Path.of("overlay.tgz")); // multipart, streamed from disk
 * </pre>
 */
@ProviderType
public interface Action {

    /** The name derived from the relation ({@code do-upload-overlay} gives {@code upload_overlay}). */
    String name();

    /** The relation URI it was discovered from. */
    URI relation();

    /** Where it is posted to. */
    URI uri();

    /** Posts no body; returns the parsed response (a {@code NullNode} when it has none). */
    JsonNode call();

    /** Posts {@code body} as JSON (a {@link Resource} becomes its reference). */
    JsonNode call(Object body);

    /** Posts the file as {@code multipart/form-data}, streamed from disk, in a part named after the action ({@code overlay}). */
    JsonNode upload(Path file);

    /** Posts the file in a part of the given name. */
    JsonNode upload(Path file, String partName);

    CompletableFuture<JsonNode> callAsync();

    CompletableFuture<JsonNode> callAsync(Object body);

    CompletableFuture<JsonNode> uploadAsync(Path file, String partName);
}
