package confine.orm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import confine.orm.ConfineException;
import confine.orm.Manager;
import confine.orm.Resource;
import confine.orm.ResourceCollection;
import confine.orm.ResponseStatusException;
import confine.orm.internal.LinkHeader.Link;
import confine.orm.internal.http.Reply;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One discovered collection. Besides creating and getting, it fetches its pages
 * (following {@code next} links) and learns which query parameters the controller
 * refuses (422): those lookups are evaluated client-side from then on.
 */
final class ManagerImpl implements Manager {

    /** The members fetched and the lookups the controller applied to them. */
    record Fetched(List<ResourceImpl> members, List<Lookup> applied) {
    }

    private final Session s;
    private final Relation relation;
    private final URI uri;
    private final Set<String> refused = ConcurrentHashMap.newKeySet();

    ManagerImpl(Session s, Relation relation, URI uri) {
        this.s = s;
        this.relation = relation;
        this.uri = uri;
    }

    @Override
    public String name() {
        return relation.name();
    }

    @Override
    public String singular() {
        return relation.singular();
    }

    @Override
    public URI relation() {
        return relation.uri();
    }

    @Override
    public URI uri() {
        return uri;
    }

    /** Query parameters the controller answered 422 to. */
    Set<String> refusedParameters() {
        return Set.copyOf(refused);
    }

    CompletableFuture<Fetched> fetch(List<Lookup> candidates) {
        List<Lookup> usable = candidates.stream().filter(l -> !refused.contains(l.parameter())).toList();
        return pages(query(usable)).thenApply(members -> new Fetched(members, usable))
                .exceptionallyCompose(error -> {
                    if (!usable.isEmpty() && Session.unwrap(error) instanceof ResponseStatusException e
                            && e.status() == 422) {
                        return learn(usable).thenCompose(x -> fetch(candidates));
                    }
                    return CompletableFuture.failedFuture(Session.unwrap(error));
                });
    }

    /** Finds which of the parameters the controller refused, asking for one member with each. */
    private CompletableFuture<Void> learn(List<Lookup> refusedTogether) {
        if (refusedTogether.size() == 1) {
            refused.add(refusedTogether.get(0).parameter());
            return CompletableFuture.completedFuture(null);
        }
        List<CompletableFuture<Boolean>> probes = new ArrayList<>();
        for (Lookup l : refusedTogether) {
            URI probe = append(uriWith(l), "per_page=1");
            probes.add(s.get(probe).handle((reply, error) -> {
                if (error != null && Session.unwrap(error) instanceof ResponseStatusException e && e.status() == 422) {
                    refused.add(l.parameter());
                    return true;
                }
                return false;
            }));
        }
        return Session.all(probes).thenAccept(found -> {
            if (found.stream().noneMatch(b -> b)) {
                // Each alone is accepted but not together: evaluate all of them here.
                refusedTogether.forEach(l -> refused.add(l.parameter()));
            }
        });
    }

    private URI query(List<Lookup> lookups) {
        URI u = s.options.pageSize() > 0 ? append(uri, "per_page=" + s.options.pageSize()) : uri;
        for (Lookup l : lookups) {
            u = append(u, URLEncoder.encode(l.parameter(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(l.parameterValue(), StandardCharsets.UTF_8));
        }
        return u;
    }

    private URI uriWith(Lookup l) {
        return append(uri, URLEncoder.encode(l.parameter(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(l.parameterValue(), StandardCharsets.UTF_8));
    }

    private static URI append(URI u, String parameter) {
        String s = u.toString();
        return URI.create(s + (u.getRawQuery() == null ? "?" : "&") + parameter);
    }

    /** Every member on every page, in the controller's order. */
    private CompletableFuture<List<ResourceImpl>> pages(URI first) {
        List<ResourceImpl> members = new ArrayList<>();
        return page(first, members, 0).thenApply(x -> members);
    }

    private CompletableFuture<Void> page(URI page, List<ResourceImpl> into, int count) {
        if (count > 10_000) {
            return CompletableFuture.failedFuture(new ConfineException("More than 10000 pages at " + uri + ": a loop?"));
        }
        return s.get(page).thenCompose(reply -> {
            JsonNode body = s.json.parse(reply.body());
            JsonNode items = body.isArray() ? body : body.path("results");
            if (!items.isArray()) {
                throw new ConfineException(page + " is not a collection: " + body);
            }
            for (JsonNode item : items) {
                into.add(s.accept(item, null));
            }
            URI next = next(reply, body);
            return next == null ? CompletableFuture.completedFuture(null) : page(next, into, count + 1);
        });
    }

    private static URI next(Reply reply, JsonNode body) {
        for (Link link : Session.links(reply)) {
            if (link.rel().equals("next") || link.rel().endsWith("/next")) {
                return link.target();
            }
        }
        JsonNode next = body.path("next");
        return next.isTextual() && !next.asText().isEmpty() ? reply.uri().resolve(next.asText()) : null;
    }

    @Override
    public ResourceCollection retrieve() {
        return all().retrieve();
    }

    @Override
    public CompletableFuture<ResourceCollection> retrieveAsync() {
        CollectionImpl all = new CollectionImpl(s, this, List.of(), List.of(), false);
        return all.membersAsync().thenApply(x -> all);
    }

    @Override
    public ResourceCollection all() {
        return new CollectionImpl(s, this, List.of(), List.of(), false);
    }

    @Override
    public ResourceCollection filter(Object... lookups) {
        return all().filter(lookups);
    }

    @Override
    public ResourceCollection filter(Map<String, ?> lookups) {
        return all().filter(lookups);
    }

    @Override
    public ResourceCollection exclude(Object... lookups) {
        return all().exclude(lookups);
    }

    @Override
    public Resource get(Object... lookups) {
        return all().get(lookups);
    }

    @Override
    public Resource get(URI resource) {
        ResourceImpl r = s.resource(resource);
        Session.join(r.loadAsync());
        return r;
    }

    @Override
    public Resource create(Object... fields) {
        return create(BulkOps.pairs(fields));
    }

    @Override
    public Resource create(Map<String, ?> fields) {
        return Session.join(createAsync(fields));
    }

    @Override
    public CompletableFuture<Resource> createAsync(Map<String, ?> fields) {
        Map<String, Object> copy = new LinkedHashMap<>(fields);
        return s.sendJson("POST", uri, s.json.toJson(copy), List.of(201, 200)).thenCompose(reply -> {
            JsonNode body = s.json.parse(reply.body());
            if (body.isObject() && body.hasNonNull("uri")) {
                return CompletableFuture.completedFuture((Resource) s.accept(body, null));
            }
            String location = reply.headers().firstValue("Location")
                    .orElseThrow(() -> new ConfineException("Created at " + uri + " but told neither body nor Location"));
            ResourceImpl created = s.resource(reply.uri().resolve(location));
            return created.loadAsync().thenApply(r -> (Resource) r);
        });
    }

    @Override
    public String toString() {
        return "Manager " + name() + " " + uri;
    }
}
