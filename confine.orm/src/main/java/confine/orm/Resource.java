package confine.orm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The local object for a remote resource with a URI; one per URI and {@link Api}
 * session. Fields are read from the last representation fetched plus the changes
 * made locally; a reference ({@code {"uri": ...}}) is fetched on first access to
 * one of its fields; actions come from the resource's own {@code Link} header.
 * {@link #toString()} is its JSON, indented.
 *
 * <pre>
 * Resource node = api.manager("nodes").get("id", 1413);
 * node.string("name");                      // "node-1413"
 * node.resource("group").string("name");    // "vct": the group is fetched now
 * node.get("mgmt_net").get("addr");          // a nested object
 * node.related("slivers");                  // a RelatedCollection
 * node.set("name", "renamed").save();       // PATCH {"name": "renamed"}
 * node.invoke("reboot");
 * </pre>
 */
@ProviderType
public interface Resource {

    URI uri();

    /** The manager of the collection this resource belongs to, found from its URI. */
    Manager manager();

    /** Whether a representation has been fetched (or received in a collection). */
    boolean loaded();

    /** Whether the resource has been deleted through this session. */
    boolean deleted();

    /** The field names, fetching the resource if needed. */
    Set<String> fields();

    /** The field's value (local changes included), or a {@code MissingNode} if absent. */
    JsonNode get(String field);

    /** A text field, or null. */
    String string(String field);

    /** An integer field, or null. */
    Long number(String field);

    /** A boolean field, or null. */
    Boolean bool(String field);

    /** The resource a reference field points to, or null when the field is null. */
    Resource resource(String field);

    /** The resources a list-of-references field points to ({@code node.related("slivers")}). */
    RelatedCollection related(String field);

    /** A copy of the whole representation, local changes included. */
    ObjectNode json();

    /**
     * Changes a field locally; {@link #save()} sends it. A {@link Resource} becomes a
     * reference; maps, lists, strings, numbers, booleans and {@code JsonNode}s are converted.
     */
    Resource set(String field, Object value);

    /** Changes several fields locally (name-value pairs). */
    Resource update(Object... fields);

    /** The fields changed locally and not saved yet. */
    Map<String, JsonNode> changes();

    /** Sends the local changes: a PATCH of the changed fields, or a PUT of the whole resource (see {@link ApiOptions#patchOnSave()}). */
    Resource save();

    CompletableFuture<Resource> saveAsync();

    /** Deletes the remote resource and drops it from the identity map. */
    void delete();

    CompletableFuture<Void> deleteAsync();

    /** Fetches the resource again; local changes not saved are dropped. */
    Resource refresh();

    CompletableFuture<Resource> refreshAsync();

    /** The resource's discovered actions, by name (fetches the resource for its Link header if needed). */
    Map<String, Action> actions();

    /**
     * The named action.
     *
     * @throws java.util.NoSuchElementException when the resource advertises no such action
     */
    Action action(String name);

    /** Calls the named action with no body. */
    JsonNode invoke(String action);

    /** Calls the named action with a JSON body. */
    JsonNode invoke(String action, Object body);

    /** Calls the named upload action with a file. */
    JsonNode upload(String action, Path file);

    /**
     * A typed view of this resource through an interface of the caller's: each method
     * reads the field named by it in snake case ({@code mgmtNet()} reads {@code mgmt_net}),
     * converted to its return type: {@code String}, {@code long}/{@code Long},
     * {@code int}/{@code Integer}, {@code boolean}/{@code Boolean}, {@code JsonNode},
     * {@link Resource}, {@link RelatedCollection}, or another view interface (a reference
     * seen through it). A method with one argument sets the field and returns the view.
     * Methods the view inherits from {@link Resource} act on this resource.
     *
     * <pre>
     * interface Group { String name(); }
     * interface Node extends Resource { String name(); Group group(); Node name(String name); }
     * api.manager("nodes").get("id", 1413).as(Node.class).group().name();   // "vct"
     * </pre>
     */
    <T> T as(Class<T> view);

    /** Other relations of the resource's Link header (e.g. a node's {@code node-base}), by relation URI. */
    Map<URI, URI> links();

    /** The JSON representation, indented. */
    @Override
    String toString();
}
