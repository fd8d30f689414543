package confine.orm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import confine.orm.Outcome;
import confine.orm.Resource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** The operations a collection and a set run on all their members concurrently. */
final class BulkOps {

    private BulkOps() {
    }

    static CompletableFuture<Outcome> update(List<? extends Resource> members, Map<String, ?> fields) {
        return OutcomeImpl.run(members, r -> {
            r.update(fields);
            return r.saveJson();
        });
    }

    static CompletableFuture<Outcome> save(List<? extends Resource> members) {
        return OutcomeImpl.run(members, ResourceImpl::saveJson);
    }

    static CompletableFuture<Outcome> delete(List<? extends Resource> members) {
        return OutcomeImpl.run(members, r -> r.deleteAsync().thenApply(x -> NullNode.getInstance()));
    }

    static CompletableFuture<Outcome> refresh(List<? extends Resource> members) {
        return OutcomeImpl.run(members, r -> r.refreshAsync().thenApply(x -> ((ResourceImpl) x).view()));
    }

    static CompletableFuture<Outcome> invoke(List<? extends Resource> members, String action, Object body) {
        return OutcomeImpl.run(members, r -> r.actionAsync(action).thenCompose(a -> a.callAsync(body)));
    }

    static CompletableFuture<Outcome> upload(List<? extends Resource> members, String action, Path file) {
        return OutcomeImpl.run(members,
                r -> r.actionAsync(action).thenCompose(a -> a.uploadAsync(file, a.defaultPartName())));
    }

    static Map<String, Object> pairs(Object... fields) {
        if (fields.length % 2 != 0) {
            throw new IllegalArgumentException("Fields come in name-value pairs");
        }
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < fields.length; i += 2) {
            map.put(String.valueOf(fields[i]), fields[i + 1]);
        }
        return map;
    }

    static Outcome joinOrThrow(CompletableFuture<Outcome> outcome) {
        return Session.join(outcome).orThrow();
    }

    static JsonNode nothing() {
        return NullNode.getInstance();
    }
}
