package confine.controller;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The controller's data, reached directly: what a test sets up or changes "on the controller's
 * side" without going through the API. Collections are named by their URL segment
 * ({@code nodes}, {@code slices}, {@code slivers}, {@code templates}, {@code users},
 * {@code groups}, {@code islands}, the singleton {@code server}, and any added one).
 *
 * <p>Documents are copies in the API's JSON shape with URIs relative to the API base:
 * {@code {"uri": "nodes/1413/"}}; absolute URIs given here are made relative.
 * Derived members ({@code slivers} of nodes and slices, {@code group_roles} of users) are
 * kept by the controller. Thread-safe.
 *
 * <pre>
 * ObjectNode fields = JsonNodeFactory.instance.objectNode();
 * fields.putObject("slice").put("uri", "slices/7/");
 * fields.putObject("node").put("uri", "nodes/1413/");
 * ObjectNode sliver = testbed.create("slivers", fields);       // validated like a POST
 * testbed.update("nodes", 1413, node -&gt; node.put("set_state", "production"));  // no rules
 * </pre>
 */
@ProviderType
public interface Testbed {

    /** The collections, in the order the base resource advertises them. */
    List<String> collections();

    /** Every resource of a collection, by id. */
    List<ObjectNode> list(String collection);

    /** One resource ({@code id} is ignored for the singleton {@code server}). */
    Optional<ObjectNode> get(String collection, long id);

    /**
     * Creates a resource as a POST by a superuser would: defaults filled in, references and
     * states checked, the next free id.
     *
     * @throws IllegalArgumentException with the field errors when the document is invalid
     */
    ObjectNode create(String collection, ObjectNode fields);

    /**
     * Changes a resource in place, bypassing the API's rules (read-only members, state
     * transitions): what the testbed itself would do, e.g. a node reporting a new state.
     * {@code id} and {@code uri} stay as they are.
     *
     * @throws java.util.NoSuchElementException when there is no such resource
     */
    ObjectNode update(String collection, long id, Consumer<ObjectNode> change);

    /** Deletes a resource (and what depends on it, as the controller cascades); false when absent. */
    boolean delete(String collection, long id);

    /**
     * Adds an empty collection: {@code GET <base>} then advertises
     * {@code <base><plural>/} with relation {@code http://confine-project.eu/rel/server/<name>-list},
     * and the collection accepts resources of any shape (writes need a superuser).
     */
    void addCollection(String name, String plural);

    /** Removes a collection added with {@link #addCollection}; the standard ones stay. */
    void removeCollection(String plural);

    /** Adds a generated testbed: {@code nodes} nodes, {@code slices} slices, slivers between them. */
    void generate(int nodes, int slices, int sliversPerSlice);

    /** Forgets everything (tokens, uploads' records, added collections) and seeds again. */
    void reset(Seed seed);

    /** The API token of a user (the one {@code do-get-auth-token} answers), made if needed. */
    String token(String username);
}
