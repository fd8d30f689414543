package occi.server.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import occi.api.Action;
import occi.api.Entity;
import occi.api.Link;
import occi.api.OcciException;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.rendering.ActionInvocation;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.EntityView;

/** Operations on one resource or link: GET, PUT (create or replace), POST (update or action), DELETE. */
final class EntityHandler {

    private final Exchange x;
    private final BackendCalls backends;
    private final Views views;
    private final EntityAssembler assembler;

    EntityHandler(Exchange exchange) {
        this.x = exchange;
        this.backends = new BackendCalls(exchange);
        this.views = new Views(exchange, backends);
        this.assembler = new EntityAssembler(exchange);
    }

    Answer handle() {
        return switch (x.call.method()) {
            case "GET", "HEAD" -> get();
            case "PUT" -> put();
            case "POST" -> x.call.queryParameter("action") != null ? action() : update();
            case "DELETE" -> delete();
            default -> throw Router.notAllowed(x.call.method(), Router.ENTITY_METHODS);
        };
    }

    private Entity current() {
        return x.storage.find(x.path).orElseThrow(() -> OcciException.notFound("no entity at " + x.path));
    }

    private Answer get() {
        Entity stored = current();
        backends.requireKind(stored);
        String etag = views.etagOf(stored);
        if (Preconditions.notModified(x.call, etag)) {
            Answer answer = new Answer(304, null, false);
            return answer.header("ETag", etag);
        }
        EntityView view = views.retrieved(stored);
        return x.render(200, (r, c, out) -> r.renderEntity(view, c, out)).header("ETag", etag);
    }

    private Answer put() {
        EntityRepresentation rep = x.parseEntity();
        Entity current = x.storage.find(x.path).orElse(null);
        Preconditions.checkWrite(x.call, current == null ? null : views.etagOf(current));
        return current == null ? createHere(rep) : replace(current, rep);
    }

    /** PUT on a free path: the entity is created where the client says. */
    private Answer createHere(EntityRepresentation rep) {
        if (x.path.startsWith(Router.QUERY_INTERFACE) || x.path.startsWith("/.well-known/")) {
            throw OcciException.badRequest(x.path + " is below a path the protocol reserves");
        }
        Entity entity = assembler.create(rep, null, x.path);
        Paths.placementProblem(x.path, entity.kind(), x.view).ifPresent(problem -> {
            throw OcciException.badRequest("cannot create an entity at this path: " + problem);
        });
        List<Change> changes = new ArrayList<>();
        List<Entity> created = Creation.create(x, backends, assembler, entity, rep, changes);
        List<Entity> stored = x.commit(changes);
        return Creation.createdAnswer(x, views, stored.get(0), created);
    }

    /** PUT on an entity: a full replace. Its links stay as they are; links in the body are ignored. */
    private Answer replace(Entity current, EntityRepresentation rep) {
        return store(current, assembler.replace(current, rep), backends::replace);
    }

    private Answer update() {
        Entity current = current();
        Preconditions.checkWrite(x.call, views.etagOf(current));
        EntityRepresentation rep = x.parseEntity();
        return store(current, assembler.update(current, rep), backends::update);
    }

    /** A replaced or updated entity: through its backend ({@code backend}), stored over the current version, rendered. */
    private Answer store(Entity current, Entity changed, BinaryOperator<Entity> backend) {
        refuseUserMixinsOnStore(x, current, changed);
        Entity result = backend.apply(current, changed);
        Entity stored = x.commit(List.of(Change.put(result, current.version()))).get(0);
        return renderStored(stored);
    }

    private Answer action() {
        Entity current = current();
        Preconditions.checkWrite(x.call, views.etagOf(current));
        ActionInvocation invocation = Actions.invocation(x);
        Action action = Actions.resolve(x, current, invocation);
        Entity result = backends.invoke(action, current, assembler.actionAttributes(action, invocation.attributes()));
        Entity stored = result.equals(current) ? current : x.commit(List.of(Change.put(result, current.version()))).get(0);
        return renderStored(stored);
    }

    private Answer delete() {
        Entity current = current();
        Preconditions.checkWrite(x.call, views.etagOf(current));
        List<Change> changes = new ArrayList<>();
        Deletion.delete(x, backends, current, changes);
        x.commit(changes);
        return x.message(200, "OK");
    }

    /**
     * The registry keeps user mixins; an entity store (a resource manager that keeps its own
     * entities) does not: adding one there would answer 200 and store nothing.
     */
    static void refuseUserMixinsOnStore(Exchange x, Entity current, Entity wanted) {
        if (x.storage.owner(current.location()).isEmpty()) {
            return;
        }
        wanted.mixins().stream().filter(m -> !current.mixins().contains(m) && x.view.isUserMixin(m)).findFirst().ifPresent(m -> {
            throw new OcciException(409, current.location() + " is kept by its resource manager, which keeps no user-defined mixins; "
                    + "it cannot be tagged with " + m);
        });
    }

    private Answer renderStored(Entity stored) {
        EntityView view = views.of(stored, true);
        return x.render(200, (r, c, out) -> r.renderEntity(view, c, out)).header("ETag", views.etagOf(stored));
    }

    /** Shared by PUT here and POST to a collection: the entity, its inline links, every backend call. */
    static final class Creation {
        private Creation() {}

        /** Calls the backends for the entity and its inline links; adds their creation to {@code changes}; returns them. */
        static List<Entity> create(Exchange x, BackendCalls backends, EntityAssembler assembler, Entity entity,
                EntityRepresentation rep, List<Change> changes) {
            List<Entity> created = new ArrayList<>();
            Entity result = backends.create(entity);
            assembler.checkImmutableKept(result);
            created.add(result);
            changes.add(Change.create(result));
            if (result instanceof Resource resource) {
                for (Link link : assembler.inlineLinks(resource, rep.links())) {
                    Entity createdLink = backends.create(link);
                    created.add(createdLink);
                    changes.add(Change.create(createdLink));
                }
            }
            return created;
        }

        /** 201 with the absolute Location of the new entity, and its location rendered as a one-entry collection. */
        static Answer createdAnswer(Exchange x, Views views, Entity stored, List<Entity> created) {
            EntityView view = views.of(stored, false);
            occi.api.rendering.CollectionInfo info = new occi.api.rendering.CollectionInfo(stored.location(), null, 1, 1, 1);
            return x.render(201, (r, c, out) -> r.renderCollection(List.of(view).iterator(), info, c, out))
                    .header("Location", x.absolute(stored.location()))
                    .header("ETag", Views.etag(stored, List.of()));
        }
    }

    /** Shared by DELETE on an entity and on a kind collection: the entity and its links, every backend asked. */
    static final class Deletion {
        private Deletion() {}

        static void delete(Exchange x, BackendCalls backends, Entity entity, List<Change> changes) {
            backends.delete(entity);
            changes.add(Change.remove(entity.location(), entity.version()));
            if (entity instanceof Resource resource) {
                for (Link link : x.storage.linksFrom(resource.location())) {
                    backends.delete(link);
                    changes.add(Change.remove(link.location(), link.version()));
                }
            }
        }
    }
}
