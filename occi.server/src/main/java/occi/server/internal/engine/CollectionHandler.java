package occi.server.internal.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import occi.api.Action;
import occi.api.Category;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.progress.Operation;
import occi.api.rendering.ActionInvocation;
import occi.api.rendering.EntityRepresentation;

/**
 * Kind and mixin locations as collections, and path listings. Kind collections list,
 * create, run an action on every member and delete every member; mixin collections list,
 * tag ({@code POST}), set ({@code PUT}) and untag ({@code DELETE}) the entities named by
 * location, and never delete an entity.
 */
final class CollectionHandler {

    private final Exchange x;
    private final BackendCalls backends;
    private final Views views;
    private final Listing listing;

    CollectionHandler(Exchange exchange) {
        this.x = exchange;
        this.backends = new BackendCalls(exchange);
        this.views = new Views(exchange, backends);
        this.listing = new Listing(exchange, views);
    }

    /** GET on a path that no category is bound to: everything below it. */
    Answer listPath(String path) {
        if (!x.call.method().equals("GET") && !x.call.method().equals("HEAD")) {
            throw Router.notAllowed(x.call.method(), Router.LISTING_METHODS);
        }
        return listing.render(listing.query(path, null, Entity.class), null, path);
    }

    Answer handle(Category category) {
        String method = x.call.method();
        if (method.equals("GET") || method.equals("HEAD")) {
            return listing.render(members(category), category, x.path);
        }
        if (method.equals("POST") && x.call.queryParameter("action") != null) {
            return actionOnAll(category);
        }
        if (category instanceof Kind kind) {
            return switch (method) {
                case "POST" -> create(kind);
                case "DELETE" -> deleteAll(kind);
                default -> throw Router.notAllowed(method, Router.KIND_METHODS);
            };
        }
        Mixin mixin = (Mixin) category;
        return switch (method) {
            case "POST" -> tag(mixin, locations(true));
            case "PUT" -> replaceTagged(mixin, locations(false));
            case "DELETE" -> untag(mixin, locations(true));
            default -> throw Router.notAllowed(method, Router.MIXIN_METHODS);
        };
    }

    /** A kind collection holds the kind's entities and its sub-kinds'; a mixin collection those it is applied to. */
    private EntityQuery members(Category category) {
        Class<? extends Entity> type = Entity.class;
        if (category instanceof Kind kind) {
            type = x.view.model().isLinkKind(kind.id()) ? Link.class : x.view.model().isResourceKind(kind.id()) ? Resource.class : Entity.class;
        }
        return listing.query("/", x.view.matching(category.id()), type);
    }

    private List<Entity> allMembers(Category category) {
        return x.storage.query(members(category)).items();
    }

    private Answer create(Kind kind) {
        if (!x.call.header("X-OCCI-Location").isEmpty()) {
            throw OcciException.badRequest("X-OCCI-Location tags entities with a mixin; " + kind.location() + " is a kind's collection");
        }
        return create(kind, x.parseEntity());
    }

    /**
     * POST on the service root (how OCCI 1.1 clients create): the entity goes to the
     * collection of the kind its Category names, as if POSTed to that kind's location; the
     * reply says so.
     */
    Answer createAtRoot() {
        if (x.call.queryParameter("action") != null) {
            throw OcciException.badRequest("?action= on the service root: invoke an action on a kind's or mixin's collection, or on an entity");
        }
        if (!x.hasPayload()) {
            throw OcciException.badRequest("POST on the service root creates an entity: send its kind's Category");
        }
        EntityRepresentation rep = x.parseEntity();
        if (rep.kind() == null) {
            throw OcciException.badRequest("POST on the service root creates an entity: name its kind with a Category"
                    + " (or POST to the kind's location)");
        }
        Kind kind = x.view.kind(rep.kind()).orElseThrow(() -> x.view.category(rep.kind()).isPresent()
                ? OcciException.badRequest(rep.kind() + " is not a kind")
                : OcciException.badRequest("unknown kind " + rep.kind()));
        Answer created = create(kind, rep);
        // said once it has worked: an error reply must not claim a create
        x.note("POST on the service root: served as a POST to " + kind.location() + ", the collection of kind " + kind.id());
        return created;
    }

    private Answer create(Kind kind, EntityRepresentation rep) {
        EntityAssembler assembler = new EntityAssembler(x);
        Entity entity = assembler.create(rep, kind.id(), null);
        List<Change> changes = new ArrayList<>();
        List<Entity> created = EntityHandler.Creation.create(x, backends, assembler, entity, rep, changes);
        List<Entity> stored = x.commit(changes);
        return EntityHandler.Creation.createdAnswer(x, views, stored.get(0), created);
    }

    private Answer actionOnAll(Category category) {
        ActionInvocation invocation = Actions.invocation(x);
        EntityAssembler assembler = new EntityAssembler(x);
        List<Entity> members = allMembers(category);
        // tracked from here, so that operators see a long one (many members, a slow backend) and how it ended
        try (Operation operation = x.operations.begin(x.call.queryParameter("action") + " on " + x.path + " (" + members.size()
                + (members.size() == 1 ? " member)" : " members)"), x.context.principal(), members.size())) {
            try {
                // every member checked before any is invoked: one that the action does not fit is a 400 and nothing is done
                List<BackendCalls.Planned> plan = new ArrayList<>();
                for (Entity member : members) {
                    Action action = Actions.resolve(x, member, invocation);
                    plan.add(backends.plan(action, member, assembler.actionAttributes(action, invocation.attributes())));
                }
                List<Entity> results = backends.invokeAll(plan, operation);
                List<Change> changes = new ArrayList<>();
                for (int i = 0; i < plan.size(); i++) {
                    Entity member = plan.get(i).entity();
                    if (!results.get(i).equals(member)) {
                        changes.add(Change.put(results.get(i), member.version()));
                    }
                }
                x.commit(changes);
            } catch (RuntimeException e) {
                operation.failed(e.getMessage());
                throw e;
            }
        }
        // GFD.223: the answer to an action triggered on a collection is the entity collection rendering
        return listing.render(members(category), category, x.path);
    }

    private Answer deleteAll(Kind kind) {
        List<Change> changes = new ArrayList<>();
        Set<String> removed = new LinkedHashSet<>();
        for (Entity member : allMembers(kind)) {
            if (removed.contains(member.location())) {
                continue; // a link already removed with its source
            }
            List<Change> own = new ArrayList<>();
            EntityHandler.Deletion.delete(x, backends, member, own);
            own.stream().filter(c -> removed.add(c.location())).forEach(changes::add);
        }
        x.commit(changes);
        return x.message(200, "OK");
    }

    /** The entities named in the request, as paths of this server. */
    private List<String> locations(boolean required) {
        List<String> given = x.hasPayload() ? x.parse(r -> r.parseLocations(x.occiRequest())) : List.of();
        if (given.isEmpty() && required) {
            throw OcciException.badRequest(x.call.method() + " on a mixin collection needs the entities' locations (X-OCCI-Location); "
                    + "it never deletes or creates entities");
        }
        List<String> paths = new ArrayList<>();
        for (String location : given) {
            String path = x.localPath(location);
            if (path == null) {
                throw OcciException.badRequest(location + " is not a location of this server");
            }
            paths.add(path);
        }
        return paths;
    }

    private Entity existing(String path) {
        return x.storage.find(path).orElseThrow(() -> OcciException.badRequest("no entity at " + path));
    }

    private Answer tag(Mixin mixin, List<String> paths) {
        List<Change> changes = new ArrayList<>();
        for (String path : new LinkedHashSet<>(paths)) {
            tagOne(mixin, existing(path), changes);
        }
        x.commit(changes);
        return listing.render(members(mixin), mixin, x.path);
    }

    private void tagOne(Mixin mixin, Entity entity, List<Change> changes) {
        if (entity.mixins().contains(mixin.id())) {
            return;
        }
        if (!x.view.applies(mixin, entity.kind())) {
            throw OcciException.badRequest("mixin " + mixin.id() + " does not apply to " + entity.location() + " (kind " + entity.kind() + ")");
        }
        EntityHandler.refuseUserMixinsOnStore(x, entity, entity.withMixins(List.of(mixin.id())));
        changes.add(Change.put(backends.tag(entity, mixin), entity.version()));
    }

    private Answer replaceTagged(Mixin mixin, List<String> paths) {
        Set<String> wanted = new LinkedHashSet<>(paths);
        List<Change> changes = new ArrayList<>();
        for (Entity member : allMembers(mixin)) {
            if (member.mixins().contains(mixin.id()) && !wanted.remove(member.location())) {
                changes.add(Change.put(backends.untag(member, mixin), member.version()));
            }
        }
        for (String path : wanted) {
            tagOne(mixin, existing(path), changes);
        }
        x.commit(changes);
        return listing.render(members(mixin), mixin, x.path);
    }

    private Answer untag(Mixin mixin, List<String> paths) {
        List<Change> changes = new ArrayList<>();
        for (String path : new LinkedHashSet<>(paths)) {
            Entity entity = existing(path);
            if (entity.mixins().contains(mixin.id())) {
                changes.add(Change.put(backends.untag(entity, mixin), entity.version()));
            }
        }
        x.commit(changes);
        return listing.render(members(mixin), mixin, x.path);
    }
}
