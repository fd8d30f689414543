package confine.orm;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The entry point: a session with one CONFINE controller, built from its base URL.
 * <p>
 * Retrieving it reads the base resource and its {@code Link} header: every
 * {@code <name>-list} relation becomes a {@link Manager} (named by its resource:
 * {@code node-list} gives {@code nodes}) and every {@code do-<verb>} relation an
 * {@link Action} ({@code do-get-auth-token} gives {@code get_auth_token}). Nothing
 * is assumed about which relations exist. The session holds the authentication
 * token and the identity map: at most one {@link Resource} object per URI.
 *
 * <pre>
 * try (Api api = Api.of("http://127.0.0.1:8080/confine/api/")) {
 *     api.retrieve();
 *     System.out.println(api.managers().keySet());   // [groups, islands, nodes, ...]
 *     api.login("vct", "vct");
 *     api.manager("nodes").get("id", 1413).invoke("reboot");
 * }
 * </pre>
 *
 * Every blocking method has a {@code CompletableFuture} variant ending in
 * {@code Async}; the blocking ones throw {@link ConfineException}s.
 */
@ProviderType
public interface Api extends AutoCloseable {

    /** A session on the default {@link ApiOptions}; nothing is fetched yet. */
    static Api of(String baseUrl) {
        return of(URI.create(baseUrl), ApiOptions.defaults());
    }

    /** A session with the given options; nothing is fetched yet. */
    static Api of(URI baseUrl, ApiOptions options) {
        return new confine.orm.internal.ApiImpl(baseUrl, options);
    }

    /** The base URL. */
    URI uri();

    /** This session's options. */
    ApiOptions options();

    /** Reads (again) the base resource and its relations. */
    Api retrieve();

    CompletableFuture<Api> retrieveAsync();

    /** The base resource's body (the testbed's parameters); retrieves the Api if needed. */
    JsonNode body();

    /** Every discovered collection, by name ({@code nodes}, {@code slices}, ...). */
    Map<String, Manager> managers();

    /**
     * The named collection's manager.
     *
     * @throws java.util.NoSuchElementException when the controller advertises no such relation
     */
    Manager manager(String name);

    /** Every discovered action of the base resource, by name ({@code get_auth_token}, ...). */
    Map<String, Action> actions();

    /** The named action of the base resource. */
    Action action(String name);

    /** The resource at {@code uri}: the session's one object for it, retrieved if not loaded yet. */
    Resource get(URI uri);

    CompletableFuture<Resource> getAsync(URI uri);

    /** A set of non-uniform resources on which every operation runs concurrently. */
    ResourceSet set(Collection<? extends Resource> resources);

    /** A set of non-uniform resources on which every operation runs concurrently. */
    ResourceSet set(Resource... resources);

    /**
     * Calls the discovered {@code get_auth_token} action and sends the token
     * ({@code Authorization: Token ...}) on every later request of this session.
     */
    void login(String username, String password);

    CompletableFuture<Void> loginAsync(String username, String password);

    /** Uses a token obtained elsewhere. */
    void token(String token);

    /** Forgets the token: later requests are anonymous. */
    void logout();

    /** Whether requests carry a token. */
    boolean loggedIn();

    /** Forgets every resource object of this session (the next access fetches again). */
    void clearIdentityMap();

    /** Ends the session: forgets the token and the identity map. */
    @Override
    void close();
}
