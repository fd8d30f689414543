package confine.orm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.orm.Action;
import confine.orm.ConfineException;
import confine.orm.Manager;
import confine.orm.RelatedCollection;
import confine.orm.Resource;
import confine.orm.ResponseStatusException;
import confine.orm.internal.LinkHeader.Link;
import confine.orm.internal.http.Reply;
import java.net.URI;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * One remote resource in one session. State: the last representation received
 * ({@code server}), the local changes not saved yet, the actions and links of its
 * own Link header (known once the resource itself has been fetched), and when it was
 * loaded, for the identity map's expiry. Guarded by {@code this}; no request is made
 * while holding the lock.
 */
final class ResourceImpl implements Resource {

    private final Session s;
    private final URI uri;
    private ObjectNode server;
    private final Map<String, JsonNode> changes = new LinkedHashMap<>();
    private Map<String, ActionImpl> actions;
    private Map<URI, URI> links = Map.of();
    private long loadedAt;
    private boolean stale;
    private boolean deleted;
    private CompletableFuture<ResourceImpl> fetching;

    ResourceImpl(Session s, URI uri) {
        this.s = s;
        this.uri = uri;
    }

    // --- state, used by the rest of the implementation ---

    /** Takes in a representation; {@code linkHeader} is null when it came in a collection (no Link header of its own). */
    synchronized void accept(ObjectNode representation, List<Link> linkHeader) {
        this.server = representation;
        this.loadedAt = System.nanoTime();
        this.stale = false;
        if (linkHeader != null) {
            Map<String, ActionImpl> found = new LinkedHashMap<>();
            Map<URI, URI> other = new LinkedHashMap<>();
            for (Link link : linkHeader) {
                Relation rel = Relation.of(link.rel());
                if (rel.kind() == Relation.Kind.ACTION) {
                    found.put(rel.name(), new ActionImpl(s, rel.name(), rel.uri(), link.target(), this));
                } else {
                    other.put(rel.uri(), link.target());
                }
            }
            this.actions = found;
            this.links = other;
        }
    }

    synchronized boolean fresh() {
        if (server == null || stale) {
            return false;
        }
        return s.options.identityMapExpiry()
                .map(expiry -> System.nanoTime() - loadedAt <= expiry.toNanos())
                .orElse(true);
    }

    /** Marks the representation out of date (an action changed it): the next access fetches it again. */
    synchronized void invalidate() {
        stale = true;
    }

    /** The representation with the local changes on top; a copy. */
    synchronized ObjectNode view() {
        ObjectNode view = server == null ? Json.reference(uri) : server.deepCopy();
        changes.forEach((k, v) -> view.set(k, v.deepCopy()));
        return view;
    }

    /** Loaded and fresh now, or fetched (once, however many callers ask at the same time). */
    CompletableFuture<ResourceImpl> loadAsync() {
        synchronized (this) {
            if (deleted && server != null) {
                return CompletableFuture.completedFuture(this);
            }
            if (fresh()) {
                return CompletableFuture.completedFuture(this);
            }
        }
        return fetch();
    }

    /** Loaded with its own Link header (the actions), fetching it if it came in a collection. */
    CompletableFuture<ResourceImpl> linksAsync() {
        synchronized (this) {
            if (actions != null && fresh()) {
                return CompletableFuture.completedFuture(this);
            }
        }
        return fetch();
    }

    private CompletableFuture<ResourceImpl> fetch() {
        CompletableFuture<ResourceImpl> f;
        synchronized (this) {
            if (fetching != null) {
                return fetching;
            }
            f = new CompletableFuture<>();
            fetching = f;
        }
        s.get(uri).whenComplete((reply, error) -> {
            synchronized (this) {
                fetching = null;
            }
            if (error != null) {
                if (Session.unwrap(error) instanceof ResponseStatusException e && e.status() == 404) {
                    markDeleted();
                }
                f.completeExceptionally(Session.unwrap(error));
                return;
            }
            try {
                JsonNode body = s.json.parse(reply.body());
                if (!body.isObject()) {
                    throw new ConfineException(uri + " is not a resource: " + body);
                }
                accept((ObjectNode) body, Session.links(reply));
                f.complete(this);
            } catch (RuntimeException e) {
                f.completeExceptionally(e);
            }
        });
        return f;
    }

    private void ensureLoaded() {
        boolean need;
        synchronized (this) {
            need = !(deleted && server != null) && !fresh();
        }
        if (need) {
            Session.join(fetch());
        }
    }

    synchronized void forgetReference(URI gone) {
        if (server == null) {
            return;
        }
        String target = gone.toString();
        server.fields().forEachRemaining(field -> {
            if (field.getValue() instanceof ArrayNode array) {
                for (Iterator<JsonNode> it = array.iterator(); it.hasNext();) {
                    JsonNode item = it.next();
                    if (item.isObject() && target.equals(item.path("uri").asText(null))) {
                        it.remove();
                    }
                }
            }
        });
    }

    private void markDeleted() {
        synchronized (this) {
            deleted = true;
        }
        s.deleted(this);
    }

    // --- Resource ---

    @Override
    public URI uri() {
        return uri;
    }

    @Override
    public Manager manager() {
        s.discovered();
        ManagerImpl m = s.managerOf(uri);
        if (m == null) {
            throw new NoSuchElementException("No collection of " + s.base + " holds " + uri);
        }
        return m;
    }

    @Override
    public synchronized boolean loaded() {
        return server != null;
    }

    @Override
    public synchronized boolean deleted() {
        return deleted;
    }

    @Override
    public Set<String> fields() {
        ensureLoaded();
        Set<String> names = new LinkedHashSet<>();
        view().fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Override
    public JsonNode get(String field) {
        synchronized (this) {
            JsonNode changed = changes.get(field);
            if (changed != null) {
                return changed.deepCopy();
            }
        }
        ensureLoaded();
        synchronized (this) {
            JsonNode value = server == null ? MissingNode.getInstance() : server.path(field);
            return value.isContainerNode() ? value.deepCopy() : value;
        }
    }

    @Override
    public String string(String field) {
        JsonNode v = get(field);
        return v.isNull() || v.isMissingNode() ? null : v.isValueNode() ? v.asText() : v.toString();
    }

    @Override
    public Long number(String field) {
        JsonNode v = get(field);
        if (v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (v.isNumber()) {
            return v.longValue();
        }
        try {
            return Long.valueOf(v.asText());
        } catch (NumberFormatException e) {
            throw new ConfineException(uri + " field " + field + " is not a number: " + v);
        }
    }

    @Override
    public Boolean bool(String field) {
        JsonNode v = get(field);
        if (v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (!v.isBoolean()) {
            throw new ConfineException(uri + " field " + field + " is not a boolean: " + v);
        }
        return v.booleanValue();
    }

    @Override
    public Resource resource(String field) {
        JsonNode v = get(field);
        if (v.isNull() || v.isMissingNode()) {
            return null;
        }
        if (!v.isObject() || !v.hasNonNull("uri")) {
            throw new ConfineException(uri + " field " + field + " is not a reference: " + v);
        }
        return s.accept(v, null);
    }

    @Override
    public RelatedCollection related(String field) {
        JsonNode v = get(field);
        if (!v.isArray()) {
            throw new ConfineException(uri + " field " + field + " is not a list of references: " + v);
        }
        return new RelatedCollectionImpl(s, this, field, List.of(), List.of(), false);
    }

    @Override
    public ObjectNode json() {
        ensureLoaded();
        return view();
    }

    @Override
    public Resource set(String field, Object value) {
        if ("uri".equals(field)) {
            throw new IllegalArgumentException("A resource's uri cannot be changed");
        }
        JsonNode json = s.json.toJson(value);
        synchronized (this) {
            changes.put(field, json);
        }
        return this;
    }

    @Override
    public Resource update(Object... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("Fields come in name-value pairs");
        }
        for (int i = 0; i < fields.length; i += 2) {
            set(String.valueOf(fields[i]), fields[i + 1]);
        }
        return this;
    }

    void update(Map<String, ?> fields) {
        fields.forEach(this::set);
    }

    @Override
    public synchronized Map<String, JsonNode> changes() {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        changes.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return copy;
    }

    @Override
    public Resource save() {
        return Session.join(saveAsync());
    }

    @Override
    public CompletableFuture<Resource> saveAsync() {
        return saveJson().thenApply(x -> this);
    }

    /** Saves and completes with the new representation. */
    CompletableFuture<JsonNode> saveJson() {
        Map<String, JsonNode> sent;
        synchronized (this) {
            sent = new LinkedHashMap<>(changes);
        }
        CompletableFuture<Reply> request;
        if (s.options.patchOnSave()) {
            if (sent.isEmpty()) {
                return CompletableFuture.completedFuture(view());
            }
            ObjectNode body = s.json.mapper().createObjectNode();
            sent.forEach(body::set);
            request = s.sendJson("PATCH", uri, body, List.of(200));
        } else {
            request = loadAsync().thenCompose(r -> s.sendJson("PUT", uri, view(), List.of(200)));
        }
        return request.thenApply(reply -> {
            JsonNode body = s.json.parse(reply.body());
            synchronized (this) {
                // A change made while the request was under way stays pending.
                sent.forEach((k, v) -> changes.remove(k, v));
                if (body.isObject() && body.has("uri")) {
                    server = (ObjectNode) body;
                    loadedAt = System.nanoTime();
                    stale = false;
                } else if (server != null) {
                    sent.forEach(server::set);
                }
            }
            return view();
        });
    }

    @Override
    public void delete() {
        Session.join(deleteAsync());
    }

    @Override
    public CompletableFuture<Void> deleteAsync() {
        return s.send(new confine.orm.internal.http.Call("DELETE", uri, null, null, List.of(204, 200)))
                .thenAccept(reply -> markDeleted());
    }

    @Override
    public Resource refresh() {
        return Session.join(refreshAsync());
    }

    @Override
    public CompletableFuture<Resource> refreshAsync() {
        synchronized (this) {
            changes.clear();
            stale = true;
        }
        return fetch().thenApply(r -> r);
    }

    @Override
    public Map<String, Action> actions() {
        Session.join(linksAsync());
        synchronized (this) {
            return Map.copyOf(actions);
        }
    }

    @Override
    public Action action(String name) {
        return Session.join(actionAsync(name));
    }

    CompletableFuture<ActionImpl> actionAsync(String name) {
        return linksAsync().thenApply(r -> {
            synchronized (this) {
                ActionImpl a = actions.get(name);
                if (a == null) {
                    throw new NoSuchElementException(uri + " has no action " + name + "; it has " + actions.keySet());
                }
                return a;
            }
        });
    }

    @Override
    public JsonNode invoke(String action) {
        return action(action).call();
    }

    @Override
    public JsonNode invoke(String action, Object body) {
        return action(action).call(body);
    }

    @Override
    public JsonNode upload(String action, Path file) {
        return action(action).upload(file);
    }

    @Override
    public <T> T as(Class<T> view) {
        return ResourceView.of(this, view);
    }

    @Override
    public Map<URI, URI> links() {
        Session.join(linksAsync());
        synchronized (this) {
            return Map.copyOf(links);
        }
    }

    @Override
    public String toString() {
        try {
            ensureLoaded();
        } catch (RuntimeException e) {
            // Printing must not fail: show what is known.
        }
        return s.json.pretty(view());
    }
}
