package confine.orm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.orm.ApiOptions;
import confine.orm.ConfineException;
import confine.orm.internal.LinkHeader.Link;
import confine.orm.internal.http.Call;
import confine.orm.internal.http.Reply;
import confine.orm.internal.http.Transport;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * What every object of one {@code Api} shares: options, JSON, the transport with
 * its token and limiters, the identity map, and the discovered managers.
 */
final class Session {

    final URI base;
    final ApiOptions options;
    final Json json = new Json();
    final Transport transport;
    final IdentityMap identity = new IdentityMap();
    private volatile Map<String, ManagerImpl> managers = Map.of();
    private Supplier<CompletableFuture<?>> discovery = () -> CompletableFuture.completedFuture(null);

    Session(URI base, ApiOptions options) {
        this.base = base;
        this.options = options;
        this.transport = new Transport(options, json.mapper());
    }

    // --- managers ---

    void discovery(Supplier<CompletableFuture<?>> retrieval) {
        this.discovery = retrieval;
    }

    /** Makes sure the base resource has been read, so the managers are known. */
    void discovered() {
        join(discovery.get());
    }

    void managers(Map<String, ManagerImpl> discovered) {
        this.managers = Map.copyOf(discovered);
    }

    Map<String, ManagerImpl> managers() {
        return managers;
    }

    /** The manager whose collection URI is the longest prefix of {@code uri}, or null. */
    ManagerImpl managerOf(URI uri) {
        String u = IdentityMap.key(uri).toString();
        ManagerImpl best = null;
        for (ManagerImpl m : managers.values()) {
            String prefix = IdentityMap.key(m.uri()).toString();
            if (u.startsWith(prefix) && u.length() > prefix.length()
                    && (best == null || prefix.length() > best.uri().toString().length())) {
                best = m;
            }
        }
        return best;
    }

    // --- identity map ---

    ResourceImpl resource(URI uri) {
        URI absolute = base.resolve(uri);
        return identity.get(absolute, u -> new ResourceImpl(this, u));
    }

    /** The resource a representation describes, with the representation taken in (unless it is only a reference). */
    ResourceImpl accept(JsonNode representation, List<Link> links) {
        if (!representation.isObject() || !representation.hasNonNull("uri")) {
            throw new ConfineException("A resource without a \"uri\": " + representation);
        }
        ResourceImpl r = resource(URI.create(representation.get("uri").asText()));
        if (!Json.isReference(representation)) {
            r.accept((ObjectNode) representation, links);
        }
        return r;
    }

    /** Drops a deleted resource, and the references to it that loaded resources hold in their lists. */
    void deleted(ResourceImpl r) {
        identity.remove(r.uri());
        for (ResourceImpl other : identity.all()) {
            other.forgetReference(r.uri());
        }
    }

    // --- requests ---

    CompletableFuture<Reply> get(URI uri) {
        return transport.send(Call.get(uri));
    }

    CompletableFuture<Reply> sendJson(String method, URI uri, JsonNode body, List<Integer> expected) {
        byte[] bytes = json.bytes(body);
        Supplier<java.net.http.HttpRequest.BodyPublisher> publisher = () -> BodyPublishers.ofByteArray(bytes);
        return transport.send(new Call(method, uri, publisher, "application/json", expected));
    }

    CompletableFuture<Reply> send(Call call) {
        return transport.send(call);
    }

    static List<Link> links(Reply reply) {
        return LinkHeader.parse(reply.headers().allValues("Link"), reply.uri());
    }

    /** Waits for a future and throws what failed it, unwrapped. */
    static <T> T join(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfineException("Interrupted while waiting for the controller", e);
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    static RuntimeException rethrow(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof ConfineException c) {
            // The client's own exceptions are made on the HTTP client's threads, where the stack
            // is only CompletableFuture plumbing; the caller's stack (this blocking call) says
            // where it failed. The message has everything about the request.
            c.fillInStackTrace();
        }
        if (t instanceof RuntimeException r) {
            return r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new ConfineException(String.valueOf(t), t);
    }

    static Throwable unwrap(Throwable t) {
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    static <T> CompletableFuture<List<T>> all(Collection<CompletableFuture<T>> futures) {
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new))
                .thenApply(x -> futures.stream().map(CompletableFuture::join).toList());
    }
}
