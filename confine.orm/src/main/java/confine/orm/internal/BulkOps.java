package confine.orm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import confine.orm.BulkOperations;
import confine.orm.Outcome;
import confine.orm.Resource;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The one implementation of {@link BulkOperations}: a {@link confine.orm.ResourceCollection}
 * and a {@link confine.orm.ResourceSet} differ only in how they get their members
 * ({@link #bulkMembers}); every operation then runs on all of them concurrently through
 * {@link OutcomeImpl#run}, and the blocking forms join the asynchronous ones.
 */
abstract class BulkOps implements BulkOperations {

    /** The members the operations run on (fetched on first need by a collection, fixed for a set). */
    abstract CompletableFuture<? extends List<? extends Resource>> bulkMembers();

    private CompletableFuture<Outcome> onMembers(Function<List<? extends Resource>, CompletableFuture<Outcome>> operation) {
        return bulkMembers().thenCompose(operation::apply);
    }

    @Override
    public Outcome update(Object... fields) {
        return joinOrThrow(updateAsync(pairs(fields)));
    }

    @Override
    public CompletableFuture<Outcome> updateAsync(Map<String, ?> fields) {
        return onMembers(m -> update(m, fields));
    }

    @Override
    public Outcome save() {
        return joinOrThrow(saveAsync());
    }

    @Override
    public CompletableFuture<Outcome> saveAsync() {
        return onMembers(BulkOps::save);
    }

    @Override
    public Outcome delete() {
        return joinOrThrow(deleteAsync());
    }

    @Override
    public CompletableFuture<Outcome> deleteAsync() {
        return onMembers(BulkOps::delete);
    }

    @Override
    public Outcome refresh() {
        return joinOrThrow(refreshAsync());
    }

    @Override
    public CompletableFuture<Outcome> refreshAsync() {
        return onMembers(BulkOps::refresh);
    }

    @Override
    public Outcome invoke(String action) {
        return joinOrThrow(invokeAsync(action, null));
    }

    @Override
    public Outcome invoke(String action, Object body) {
        return joinOrThrow(invokeAsync(action, body));
    }

    @Override
    public CompletableFuture<Outcome> invokeAsync(String action, Object body) {
        return onMembers(m -> invoke(m, action, body));
    }

    @Override
    public Outcome upload(String action, Path file) {
        return joinOrThrow(onMembers(m -> upload(m, action, file)));
    }

    private static CompletableFuture<Outcome> update(List<? extends Resource> members, Map<String, ?> fields) {
        return OutcomeImpl.run(members, r -> {
            r.update(fields);
            return r.saveJson();
        });
    }

    private static CompletableFuture<Outcome> save(List<? extends Resource> members) {
        return OutcomeImpl.run(members, ResourceImpl::saveJson);
    }

    private static CompletableFuture<Outcome> delete(List<? extends Resource> members) {
        return OutcomeImpl.run(members, r -> r.deleteAsync().thenApply(x -> NullNode.getInstance()));
    }

    private static CompletableFuture<Outcome> refresh(List<? extends Resource> members) {
        return OutcomeImpl.run(members, r -> r.refreshAsync().thenApply(x -> ((ResourceImpl) x).view()));
    }

    private static CompletableFuture<Outcome> invoke(List<? extends Resource> members, String action, Object body) {
        return OutcomeImpl.run(members, r -> r.actionAsync(action).thenCompose(a -> a.callAsync(body)));
    }

    private static CompletableFuture<Outcome> upload(List<? extends Resource> members, String action, Path file) {
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
