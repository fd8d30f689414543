package confine.orm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import confine.orm.Action;
import confine.orm.Api;
import confine.orm.ApiOptions;
import confine.orm.ConfineException;
import confine.orm.Manager;
import confine.orm.Resource;
import confine.orm.ResourceSet;
import confine.orm.internal.LinkHeader.Link;
import java.net.URI;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The base resource of one controller and the session around it. Retrieval is lazy
 * and done once (again on {@link #retrieve()}): reading managers, actions or the body
 * retrieves first.
 */
public class ApiImpl implements Api {

    private final Session s;
    private volatile JsonNode body;
    private volatile Map<String, Action> actions = Map.of();
    private CompletableFuture<Api> retrieval;

    public ApiImpl(URI base, ApiOptions options) {
        if (!base.isAbsolute()) {
            throw new IllegalArgumentException("The base URL must be absolute: " + base);
        }
        this.s = new Session(base, options);
        s.discovery(this::discoveredAsync);
    }

    /** The retrieval under way or done, started if none is. */
    final CompletableFuture<Api> discoveredAsync() {
        synchronized (this) {
            if (retrieval == null || retrieval.isCompletedExceptionally()) {
                retrieval = fetch();
            }
            return retrieval;
        }
    }

    private CompletableFuture<Api> fetch() {
        return s.get(s.base).thenCompose(reply -> {
            body = s.json.parse(reply.body());
            Map<String, ManagerImpl> managers = new TreeMap<>();
            Map<String, Action> found = new TreeMap<>();
            Map<String, ManagerImpl> known = s.managers();
            for (Link link : Session.links(reply)) {
                Relation rel = Relation.of(link.rel());
                switch (rel.kind()) {
                    case COLLECTION -> {
                        ManagerImpl old = known.get(rel.name());
                        managers.put(rel.name(), old != null && old.uri().equals(link.target()) ? old
                                : new ManagerImpl(s, rel, link.target()));
                    }
                    case ACTION -> found.put(rel.name(), new ActionImpl(s, rel.name(), rel.uri(), link.target(), null));
                    default -> { }
                }
            }
            s.managers(managers);
            actions = Collections.unmodifiableMap(found);
            if (s.transport.token() == null && s.options.username().isPresent()) {
                return loginAsync(s.options.username().get(), s.options.password().orElse("")).thenApply(x -> this);
            }
            return CompletableFuture.completedFuture((Api) this);
        });
    }

    @Override
    public URI uri() {
        return s.base;
    }

    @Override
    public ApiOptions options() {
        return s.options;
    }

    @Override
    public Api retrieve() {
        return Session.join(retrieveAsync());
    }

    @Override
    public CompletableFuture<Api> retrieveAsync() {
        synchronized (this) {
            retrieval = fetch();
            return retrieval;
        }
    }

    @Override
    public JsonNode body() {
        Session.join(discoveredAsync());
        return body.deepCopy();
    }

    @Override
    public Map<String, Manager> managers() {
        Session.join(discoveredAsync());
        return Collections.unmodifiableMap(new TreeMap<>(s.managers()));
    }

    @Override
    public Manager manager(String name) {
        Map<String, Manager> all = managers();
        Manager m = all.get(name);
        if (m == null) {
            throw new NoSuchElementException(s.base + " has no collection " + name + "; it has " + new TreeMap<>(all).keySet());
        }
        return m;
    }

    @Override
    public Map<String, Action> actions() {
        Session.join(discoveredAsync());
        return actions;
    }

    @Override
    public Action action(String name) {
        Action a = actions().get(name);
        if (a == null) {
            throw new NoSuchElementException(s.base + " has no action " + name + "; it has " + new TreeMap<>(actions).keySet());
        }
        return a;
    }

    @Override
    public Resource get(URI uri) {
        return Session.join(getAsync(uri));
    }

    @Override
    public CompletableFuture<Resource> getAsync(URI uri) {
        // Retrieved first, so that credentials given in the options are used from the first request.
        return discoveredAsync().thenCompose(api -> s.resource(uri).loadAsync()).thenApply(r -> r);
    }

    @Override
    public ResourceSet set(Collection<? extends Resource> resources) {
        return new ResourceSetImpl(s, resources);
    }

    @Override
    public ResourceSet set(Resource... resources) {
        return new ResourceSetImpl(s, Arrays.asList(resources));
    }

    @Override
    public void login(String username, String password) {
        Session.join(loginAsync(username, password));
    }

    @Override
    public CompletableFuture<Void> loginAsync(String username, String password) {
        CompletableFuture<Api> ready;
        synchronized (this) {
            // Inside a retrieval (credentials in the options) the actions are already known.
            ready = actions.isEmpty() ? discoveredAsync() : CompletableFuture.completedFuture(this);
        }
        return ready.thenCompose(api -> {
            Action getToken = actions.get("get_auth_token");
            if (getToken == null) {
                throw new ConfineException(s.base + " advertises no get-auth-token action; it has " + actions.keySet());
            }
            s.transport.token(null);
            return getToken.callAsync(Map.of("username", username, "password", password));
        }).thenAccept(response -> {
            JsonNode token = response.path("token");
            if (!token.isTextual() || token.asText().isEmpty()) {
                throw new ConfineException("The auth-token action answered no token: " + response);
            }
            s.transport.token(token.asText());
        });
    }

    @Override
    public void token(String token) {
        s.transport.token(token);
    }

    @Override
    public void logout() {
        s.transport.token(null);
    }

    @Override
    public boolean loggedIn() {
        return s.transport.token() != null;
    }

    @Override
    public void clearIdentityMap() {
        s.identity.clear();
    }

    /** The limiter of the base URL's host, for reports. */
    public int peakInFlight() {
        return s.transport.limiter(s.base).peak();
    }

    @Override
    public void close() {
        s.transport.token(null);
        s.identity.clear();
    }

    @Override
    public String toString() {
        try {
            Session.join(discoveredAsync());
        } catch (RuntimeException e) {
            return "Api " + s.base + " (not retrieved: " + e.getMessage() + ")";
        }
        return s.json.pretty(body);
    }
}
