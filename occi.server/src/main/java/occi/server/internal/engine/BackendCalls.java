package occi.server.internal.engine;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import occi.api.Action;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.backend.ActionBackend;
import occi.api.backend.KindBackend;
import occi.api.backend.MixinBackend;
import occi.api.backend.RequestContext;
import occi.api.progress.Operation;
import occi.server.internal.model.BackendEntry;
import occi.server.internal.model.Model;

/**
 * Calls every backend concerned by an operation on one entity: the backend of its kind,
 * then the backend of each of its mixins, each given the previous one's result. The last
 * result is what gets stored. A backend's {@link OcciException} is its veto and reaches
 * the client as it is; anything else it throws is a fault, logged and answered with 500.
 */
final class BackendCalls {

    private final Exchange exchange;
    private final Model model;

    BackendCalls(Exchange exchange) {
        this.exchange = exchange;
        this.model = exchange.view.model();
    }

    /** The entity's kind, or 503 when the backend that defined it has gone away. */
    Kind requireKind(Entity entity) {
        return exchange.view.kind(entity.kind()).orElseThrow(() -> OcciException.unavailable(
                "the kind " + entity.kind() + " of " + entity.location() + " is not available now"));
    }

    Entity create(Entity entity) {
        requireKind(entity);
        Entity result = entity;
        Optional<KindBackend> kind = model.kindBackend(entity.kind());
        if (kind.isPresent()) {
            Entity before = result;
            result = checked(before, call(entity.kind(), () -> kind.get().create(before, exchange.context)));
        }
        for (Mixin mixin : mixinsOf(result)) {
            Optional<MixinBackend> backend = model.mixinBackend(mixin.id());
            if (backend.isPresent()) {
                Entity before = result;
                result = checked(before, call(mixin.id(), () -> backend.get().apply(mixin, before, exchange.context)));
            }
        }
        return result;
    }

    Entity retrieve(Entity entity) {
        requireKind(entity);
        Entity result = entity;
        Optional<KindBackend> kind = model.kindBackend(entity.kind());
        if (kind.isPresent()) {
            Entity before = result;
            result = checked(before, call(entity.kind(), () -> kind.get().retrieve(before, exchange.context)));
        }
        for (Mixin mixin : mixinsOf(result)) {
            Optional<MixinBackend> backend = model.mixinBackend(mixin.id());
            if (backend.isPresent()) {
                Entity before = result;
                result = checked(before, call(mixin.id(), () -> backend.get().retrieve(mixin, before, exchange.context)));
            }
        }
        return result;
    }

    /** A partial update; mixins the update adds are applied, the others updated. */
    Entity update(Entity current, Entity updated) {
        requireKind(current);
        Entity result = updated;
        Optional<KindBackend> kind = model.kindBackend(current.kind());
        if (kind.isPresent()) {
            Entity before = result;
            result = checked(before, call(current.kind(), () -> kind.get().update(current, before, exchange.context)));
        }
        return mixinsFollow(current, result);
    }

    /** A full replacement; mixins it drops are removed, those it adds applied, the others updated. */
    Entity replace(Entity current, Entity replacement) {
        requireKind(current);
        Entity result = replacement;
        Optional<KindBackend> kind = model.kindBackend(current.kind());
        if (kind.isPresent()) {
            Entity before = result;
            result = checked(before, call(current.kind(), () -> kind.get().replace(current, before, exchange.context)));
        }
        for (Mixin mixin : mixinsOf(current)) {
            if (!replacement.mixins().contains(mixin.id())) {
                result = remove(mixin, result);
            }
        }
        return mixinsFollow(current, result);
    }

    private Entity mixinsFollow(Entity current, Entity changed) {
        Entity result = changed;
        for (Mixin mixin : mixinsOf(changed)) {
            Optional<MixinBackend> backend = model.mixinBackend(mixin.id());
            if (backend.isPresent()) {
                Entity before = result;
                result = current.mixins().contains(mixin.id())
                        ? checked(before, call(mixin.id(), () -> backend.get().update(mixin, current, before, exchange.context)))
                        : checked(before, call(mixin.id(), () -> backend.get().apply(mixin, before, exchange.context)));
            }
        }
        return result;
    }

    /** The entity is about to be deleted: its kind's backend and each mixin's may refuse. */
    void delete(Entity entity) {
        requireKind(entity);
        Optional<KindBackend> kindBackend = model.kindBackend(entity.kind());
        kindBackend.ifPresent(kind -> call(entity.kind(), () -> {
            kind.delete(entity, exchange.context);
            return entity;
        }));
        // the store that keeps the entity is asked too, before anything is removed anywhere: a store that
        // refused only when told to remove (after the registry's share was committed) left a collection half deleted
        exchange.storage.owner(entity.location()).filter(store -> kindBackend.map(k -> k != store).orElse(true))
                .ifPresent(store -> call(entity.kind(), () -> {
                    store.delete(entity, exchange.context);
                    return entity;
                }));
        Entity result = entity;
        for (Mixin mixin : mixinsOf(entity)) {
            result = remove(mixin, result);
        }
    }

    /** Applies a mixin to an entity that does not have it yet, with the defaults of the mixin's attributes. */
    Entity tag(Entity entity, Mixin mixin) {
        requireKind(entity);
        Map<String, Object> attributes = new java.util.LinkedHashMap<>(entity.attributes());
        mixin.attributes().values().stream().filter(d -> d.defaultValue() != null)
                .forEach(d -> attributes.putIfAbsent(d.name(), d.defaultValue()));
        Entity tagged = entity.withMixins(append(entity.mixins(), mixin.id())).withAttributes(attributes);
        Optional<MixinBackend> backend = model.mixinBackend(mixin.id());
        return backend.isEmpty() ? tagged : checked(tagged, call(mixin.id(), () -> backend.get().apply(mixin, tagged, exchange.context)));
    }

    /** Removes a mixin from an entity that has it. */
    Entity untag(Entity entity, Mixin mixin) {
        requireKind(entity);
        Entity result = remove(mixin, entity);
        return result.withMixins(result.mixins().stream().filter(m -> !m.equals(mixin.id())).toList());
    }

    private Entity remove(Mixin mixin, Entity entity) {
        Optional<MixinBackend> backend = model.mixinBackend(mixin.id());
        return backend.isEmpty() ? entity : checked(entity, call(mixin.id(), () -> backend.get().remove(mixin, entity, exchange.context)));
    }

    /** Invokes an action (already checked to apply) through the backend that defines it; 501 when none carries it out. */
    Entity invoke(Action action, Entity entity, Map<String, Object> attributes) {
        Planned planned = plan(action, entity, attributes);
        return checked(entity, call(action.id(), () -> planned.backend().invoke(action, entity, attributes, exchange.context)));
    }

    /** An action checked to apply to one entity, with the backend that carries it out. */
    record Planned(ActionBackend backend, Action action, Entity entity, Map<String, Object> attributes) {}

    /** Checks an action for one entity (alone or a member of a collection): 501 when no backend carries it out, 400 when not applicable now. */
    Planned plan(Action action, Entity entity, Map<String, Object> attributes) {
        requireKind(entity);
        ActionBackend backend = model.actionBackend(action.id()).orElseThrow(() -> new OcciException(501,
                "no backend carries out action " + action.id()));
        if (!call(action.id(), () -> backend.applicable(action, entity))) {
            throw OcciException.badRequest("action " + action.id().term() + " is not applicable to " + entity.location() + " now");
        }
        return new Planned(backend, action, entity, attributes);
    }

    /**
     * Invokes planned actions with one {@link ActionBackend#invokeAll} per backend, action and
     * attributes (so a backend may run them concurrently); the results in the plan's order.
     * Each batch's request carries the operation ({@link Operation#EXTRA}), so that its backend
     * can report members done; after each batch, every member so far counts as done.
     */
    List<Entity> invokeAll(List<Planned> plan, Operation operation) {
        record Batch(ActionBackend backend, Action action, Map<String, Object> attributes) {}
        Map<Batch, List<Integer>> batches = new java.util.LinkedHashMap<>();
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            batches.computeIfAbsent(new Batch(p.backend(), p.action(), p.attributes()), b -> new java.util.ArrayList<>()).add(i);
        }
        Entity[] results = new Entity[plan.size()];
        java.util.Map<String, Object> extras = new java.util.HashMap<>(exchange.context.extras());
        extras.put(Operation.EXTRA, operation);
        RequestContext tracked = new RequestContext(exchange.context.principal(), extras, exchange.context.base());
        long[] finished = {0};
        batches.forEach((batch, indexes) -> {
            List<Entity> members = indexes.stream().map(i -> plan.get(i).entity()).toList();
            List<Entity> done = call(batch.action().id(),
                    () -> batch.backend().invokeAll(batch.action(), members, batch.attributes(), tracked));
            if (done == null || done.size() != members.size()) {
                exchange.log.warn(name(batch.action().id()) + " returned " + (done == null ? "no list" : done.size() + " entities")
                        + " for " + members.size() + " on " + batch.action().id() + "; the request fails");
                throw new OcciException(500, "the backend of " + batch.action().id() + " answered " + (done == null ? "nothing" : done.size())
                        + " results for " + members.size() + " entities");
            }
            for (int k = 0; k < members.size(); k++) {
                results[indexes.get(k)] = checked(members.get(k), done.get(k));
            }
            finished[0] += members.size();
            operation.reached(finished[0]);
        });
        return List.of(results);
    }

    /** Whether an action may be invoked now (for action links); a failing backend counts as no. */
    boolean applicable(Action action, Entity entity) {
        Optional<ActionBackend> backend = model.actionBackend(action.id());
        if (backend.isEmpty()) {
            return false;
        }
        try {
            return backend.get().applicable(action, entity);
        } catch (RuntimeException e) {
            exchange.log.error(name(action.id()) + " failed to tell whether " + action.id() + " applies to " + entity.location(), e);
            return false;
        }
    }

    /** Why the kind's backend refuses every create of it now; a failing backend counts as no refusal (the create will tell). */
    Optional<String> refusesCreate(Kind kind) {
        return model.kindBackend(kind.id()).flatMap(backend -> asked(kind.id(), "a create of " + kind.id(),
                () -> backend.refusesCreate(kind, exchange.context)));
    }

    /** Why the entity's kind backend, or the store that keeps it, refuses its delete. */
    Optional<String> refusesDelete(Entity entity) {
        return askKindAndStore(entity, "deleting " + entity.location(), backend -> backend.refusesDelete(entity, exchange.context));
    }

    /** Why the entity's kind backend, or the store that keeps it, refuses any change to it. */
    Optional<String> refusesChange(Entity entity) {
        return askKindAndStore(entity, "changing " + entity.location(), backend -> backend.refusesChange(entity, exchange.context));
    }

    /** Asks the entity's kind backend, then the store that keeps it (when another one), the first refusal wins. */
    private Optional<String> askKindAndStore(Entity entity, String what, java.util.function.Function<KindBackend, Optional<String>> question) {
        Optional<KindBackend> kindBackend = model.kindBackend(entity.kind());
        Optional<String> refused = kindBackend.flatMap(backend -> asked(entity.kind(), what, () -> question.apply(backend)));
        if (refused.isPresent()) {
            return refused;
        }
        return exchange.storage.owner(entity.location()).filter(store -> kindBackend.map(k -> k != store).orElse(true))
                .flatMap(store -> asked(entity.kind(), what, () -> question.apply(store)));
    }

    /** Why the mixin's backend refuses to tag the entity ({@code null}: any existing entity) with it. */
    Optional<String> refusesTag(Mixin mixin, Entity entity) {
        return model.mixinBackend(mixin.id()).flatMap(backend -> asked(mixin.id(), "tagging with " + mixin.id(),
                () -> backend.refusesTag(mixin, entity, exchange.context)));
    }

    /** Why the mixin's backend refuses to remove it from the entity. */
    Optional<String> refusesUntag(Mixin mixin, Entity entity) {
        return model.mixinBackend(mixin.id()).flatMap(backend -> asked(mixin.id(), "untagging " + mixin.id(),
                () -> backend.refusesUntag(mixin, entity, exchange.context)));
    }

    /** A backend's answer to "would you refuse?"; one that fails to answer is logged and counts as no refusal. */
    private Optional<String> asked(CategoryId category, String what, Supplier<Optional<String>> question) {
        try {
            Optional<String> answer = question.get();
            return answer == null ? Optional.empty() : answer.filter(reason -> !reason.isBlank());
        } catch (RuntimeException e) {
            exchange.log.error(name(category) + " failed to tell whether it refuses " + what, e);
            return Optional.empty();
        }
    }

    private List<Mixin> mixinsOf(Entity entity) {
        return entity.mixins().stream().map(exchange.view::mixin).flatMap(Optional::stream).toList();
    }

    private static List<CategoryId> append(List<CategoryId> list, CategoryId id) {
        java.util.ArrayList<CategoryId> copy = new java.util.ArrayList<>(list);
        copy.add(id);
        return copy;
    }

    private <T> T call(CategoryId category, Supplier<T> call) {
        try {
            return call.get();
        } catch (OcciException veto) {
            throw veto;
        } catch (RuntimeException e) {
            exchange.log.error(name(category) + " failed on " + exchange.call.method() + " " + exchange.call.path(), e);
            throw new OcciException(500, "the backend of " + category + " failed", e);
        }
    }

    /** A backend may change an entity's state, never its identity. */
    private Entity checked(Entity before, Entity after) {
        String problem = after == null ? "returned no entity"
                : after.getClass() != before.getClass() ? "turned a " + kindOfEntity(before) + " into a " + kindOfEntity(after)
                : !after.id().equals(before.id()) ? "changed occi.core.id"
                : !after.location().equals(before.location()) ? "changed the location"
                : !after.kind().equals(before.kind()) && !sameRoot(before.kind(), after.kind()) ? "changed the kind to " + after.kind()
                : null;
        if (problem != null) {
            exchange.log.warn("a backend " + problem + " of " + before.location() + "; the request fails");
            throw new OcciException(500, "a backend " + problem + " of " + before.location());
        }
        return after;
    }

    private boolean sameRoot(CategoryId from, CategoryId to) {
        return exchange.view.kind(to).isPresent() && model.isResourceKind(from) == model.isResourceKind(to);
    }

    private static String kindOfEntity(Entity entity) {
        return entity.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    private String name(CategoryId category) {
        return model.definedBy(category).map(BackendEntry::name).orElse("the backend of " + category);
    }
}
