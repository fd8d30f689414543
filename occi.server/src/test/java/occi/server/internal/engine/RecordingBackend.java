package occi.server.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import occi.api.Action;
import occi.api.Category;
import occi.api.Entity;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.backend.ActionBackend;
import occi.api.backend.KindBackend;
import occi.api.backend.MixinBackend;
import occi.api.backend.RequestContext;

/**
 * A backend for engine tests: records every call ("create compute", "apply ubuntu" ...),
 * manages a compute-like state attribute, and vetoes the operations a test tells it to.
 */
final class RecordingBackend implements KindBackend, MixinBackend, ActionBackend {

    final List<String> calls = new CopyOnWriteArrayList<>();
    final Map<String, RuntimeException> failures = new HashMap<>();
    final List<RequestContext> contexts = new CopyOnWriteArrayList<>();
    private final List<Category> categories;

    RecordingBackend(Category... categories) {
        this.categories = List.of(categories);
    }

    @Override
    public Collection<? extends Category> categories() {
        return categories;
    }

    /** Makes the named call ("create compute") throw. */
    RecordingBackend failOn(String call, RuntimeException failure) {
        failures.put(call, failure);
        return this;
    }

    private void record(String call, RequestContext request) {
        calls.add(call);
        if (request != null) {
            contexts.add(request);
        }
        RuntimeException failure = failures.get(call);
        if (failure != null) {
            throw failure;
        }
    }

    private static Entity withState(Entity entity, String state) {
        if (!entity.kind().equals(Fixtures.COMPUTE.id())) {
            return entity;
        }
        Map<String, Object> attributes = new LinkedHashMap<>(entity.attributes());
        attributes.put("occi.compute.state", state);
        return entity.withAttributes(attributes);
    }

    @Override
    public Entity create(Entity entity, RequestContext request) {
        record("create " + entity.kind().term(), request);
        return withState(entity, "inactive");
    }

    @Override
    public Entity retrieve(Entity entity, RequestContext request) {
        record("retrieve " + entity.kind().term(), request);
        return entity;
    }

    @Override
    public Entity update(Entity current, Entity updated, RequestContext request) {
        record("update " + current.kind().term(), request);
        return updated;
    }

    @Override
    public Entity replace(Entity current, Entity replacement, RequestContext request) {
        record("replace " + current.kind().term(), request);
        return replacement;
    }

    @Override
    public void delete(Entity entity, RequestContext request) {
        record("delete " + entity.kind().term(), request);
    }

    @Override
    public Entity apply(Mixin mixin, Entity entity, RequestContext request) {
        record("apply " + mixin.id().term(), request);
        return entity;
    }

    @Override
    public Entity retrieve(Mixin mixin, Entity entity, RequestContext request) {
        record("retrieve " + mixin.id().term(), request);
        return entity;
    }

    @Override
    public Entity update(Mixin mixin, Entity current, Entity updated, RequestContext request) {
        record("update " + mixin.id().term(), request);
        return updated;
    }

    @Override
    public Entity remove(Mixin mixin, Entity entity, RequestContext request) {
        record("remove " + mixin.id().term(), request);
        return entity;
    }

    @Override
    public Entity invoke(Action action, Entity entity, Map<String, Object> attributes, RequestContext request) {
        record("invoke " + action.id().term() + attributes, request);
        return withState(entity, action.id().term().equals("start") ? "active" : "inactive");
    }

    @Override
    public boolean applicable(Action action, Entity entity) {
        Object state = entity.attributes().get("occi.compute.state");
        return action.id().term().equals("start") ? !"active".equals(state) : "active".equals(state);
    }

    /** The calls so far, and forgets them. */
    List<String> takeCalls() {
        List<String> copy = new ArrayList<>(calls);
        calls.clear();
        return copy;
    }
}
