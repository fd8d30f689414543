package confine.orm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Evaluates lookups client-side: walks each lookup's path through a resource's
 * representation, fetching a referenced resource (concurrently, once per URI through
 * the identity map) when the path goes on past a reference, and fanning out over
 * lists as Django does across to-many relations.
 */
final class LookupEvaluator {

    private final Session s;

    LookupEvaluator(Session s) {
        this.s = s;
    }

    /** The members matching every filter and no exclusion group (a group matches when all its lookups do), in order. */
    CompletableFuture<List<ResourceImpl>> select(List<ResourceImpl> members, List<Lookup> filters,
            List<List<Lookup>> exclusions) {
        if (filters.isEmpty() && exclusions.isEmpty()) {
            return CompletableFuture.completedFuture(members);
        }
        List<CompletableFuture<Boolean>> verdicts = new ArrayList<>();
        for (ResourceImpl member : members) {
            verdicts.add(matches(member, filters, exclusions));
        }
        return Session.all(verdicts).thenApply(v -> {
            List<ResourceImpl> kept = new ArrayList<>();
            for (int i = 0; i < members.size(); i++) {
                if (v.get(i)) {
                    kept.add(members.get(i));
                }
            }
            return kept;
        });
    }

    CompletableFuture<Boolean> matches(ResourceImpl r, List<Lookup> filters, List<List<Lookup>> exclusions) {
        return r.loadAsync().thenCompose(loaded -> {
            JsonNode view = loaded.view();
            List<CompletableFuture<Boolean>> all = new ArrayList<>();
            for (Lookup l : filters) {
                all.add(test(view, l));
            }
            List<CompletableFuture<Boolean>> excluded = new ArrayList<>();
            for (List<Lookup> group : exclusions) {
                List<CompletableFuture<Boolean>> parts = new ArrayList<>();
                for (Lookup l : group) {
                    parts.add(test(view, l));
                }
                excluded.add(Session.all(parts).thenApply(p -> p.stream().allMatch(b -> b)));
            }
            return Session.all(all).thenCombine(Session.all(excluded),
                    (f, e) -> f.stream().allMatch(b -> b) && e.stream().noneMatch(b -> b));
        });
    }

    CompletableFuture<Boolean> test(JsonNode representation, Lookup lookup) {
        return leaves(representation, lookup.path(), 0, lookup, false).thenApply(lookup::test);
    }

    private CompletableFuture<List<JsonNode>> leaves(JsonNode node, List<String> path, int i, Lookup lookup,
            boolean fetched) {
        if (node == null || node.isMissingNode()) {
            return done(List.of());
        }
        if (i == path.size()) {
            // group=2 compares the group's id, as Django compares a foreign key's primary key.
            if (node.isObject() && node.has("uri") && !lookup.comparesReferences()) {
                return leaves(node, List.of("id"), 0, lookup, false);
            }
            if (node.isArray() && !lookup.comparesReferences() && lookup.op() != Lookup.Op.ISNULL) {
                return fanOut(node, path, i, lookup);
            }
            return done(List.of(node));
        }
        if (node.isArray()) {
            return fanOut(node, path, i, lookup);
        }
        if (!node.isObject()) {
            return done(List.of());
        }
        String field = path.get(i);
        if (node.has(field)) {
            return leaves(node.get(field), path, i + 1, lookup, false);
        }
        if (node.hasNonNull("uri") && !fetched) {
            ResourceImpl target = s.resource(URI.create(node.get("uri").asText()));
            return target.loadAsync().thenCompose(r -> leaves(r.view(), path, i, lookup, true));
        }
        return done(List.of());
    }

    private CompletableFuture<List<JsonNode>> fanOut(JsonNode array, List<String> path, int i, Lookup lookup) {
        List<CompletableFuture<List<JsonNode>>> parts = new ArrayList<>();
        array.forEach(element -> parts.add(leaves(element, path, i, lookup, false)));
        return Session.all(parts).thenApply(lists -> lists.stream().flatMap(List::stream).toList());
    }

    private static CompletableFuture<List<JsonNode>> done(List<JsonNode> leaves) {
        return CompletableFuture.completedFuture(leaves);
    }
}
