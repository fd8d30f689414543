package occi.server.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.rendering.CategoryRepresentation;

/**
 * The query interface ({@code /-/}): every category the caller can see, filtered on
 * request; user-defined mixins added with POST and removed with DELETE. A provider's
 * category cannot be removed (403).
 */
final class QueryInterfaceHandler {

    private final Exchange x;

    QueryInterfaceHandler(Exchange exchange) {
        this.x = exchange;
    }

    Answer handle() {
        return switch (x.call.method()) {
            case "GET", "HEAD" -> list();
            case "POST" -> define();
            case "DELETE" -> remove();
            default -> throw Router.notAllowed(x.call.method(), Router.QUERY_INTERFACE_METHODS);
        };
    }

    private Answer list() {
        Set<CategoryId> wanted = new LinkedHashSet<>();
        for (String typeId : x.call.query().getOrDefault("category", List.of())) {
            wanted.add(Listing.parseCategory(typeId));
        }
        if (x.hasPayload()) {
            wanted.addAll(x.parse(r -> r.parseFilter(x.occiRequest())).categories());
        }
        List<Category> categories = CategoryOrder.relatedFirst(
                x.view.categories().stream().filter(c -> wanted.isEmpty() || wanted.contains(c.id())).toList());
        return x.render(200, (r, c, out) -> r.renderCategories(categories, c, out));
    }

    private Answer define() {
        List<CategoryRepresentation> given = x.parse(r -> r.parseCategories(x.occiRequest()));
        if (given.isEmpty()) {
            throw OcciException.badRequest("POST on the query interface needs the mixins to define");
        }
        List<Mixin> mixins = new ArrayList<>();
        Set<CategoryId> ids = new HashSet<>();
        Set<String> locations = new HashSet<>();
        for (CategoryRepresentation rep : given) {
            Mixin mixin = userMixin(rep);
            if (!ids.add(mixin.id()) || !locations.add(mixin.location())) {
                throw OcciException.badRequest("the request defines " + mixin.id() + " or its location twice");
            }
            mixins.add(mixin);
        }
        x.registry.addUserMixins(mixins, x.context);
        return x.render(200, (r, c, out) -> r.renderCategories(List.copyOf(mixins), c, out));
    }

    /** A user mixin from its representation: a new type id at a free location; depends and applies may name anything. */
    private Mixin userMixin(CategoryRepresentation rep) {
        if (rep.categoryClass() != null && !rep.categoryClass().equals("mixin")) {
            throw OcciException.badRequest(rep.id() + ": only mixins can be defined by users, not a " + rep.categoryClass());
        }
        if (rep.categoryClass() == null) {
            x.note("Category " + rep.id() + " has no class; defined as a mixin, the only category users define");
        }
        if (rep.location() == null) {
            throw OcciException.badRequest("mixin " + rep.id() + " needs a location, such as /my_tag/");
        }
        String location = x.localPath(rep.location());
        if (location == null) {
            throw OcciException.badRequest("mixin " + rep.id() + ": its location is a path of this server, such as /my_tag/");
        }
        if (rep.id() != null && rep.id().toString().length() > Paths.MAX_CATEGORY_ID) {
            throw OcciException.badRequest("mixin " + rep.id().term() + ": a category's scheme and term are at most "
                    + Paths.MAX_CATEGORY_ID + " characters together");
        }
        rep.attributes().keySet().stream().filter(name -> name.length() > Paths.MAX_ATTRIBUTE_NAME).findFirst().ifPresent(name -> {
            throw OcciException.badRequest("mixin " + rep.id() + ": an attribute name is at most " + Paths.MAX_ATTRIBUTE_NAME + " characters");
        });
        Mixin mixin;
        try {
            mixin = new Mixin(rep.id(), rep.title(), rep.depends(), rep.applies(), rep.attributes(), List.of(), location);
        } catch (IllegalArgumentException e) {
            throw OcciException.badRequest("mixin " + rep.id() + ": " + e.getMessage());
        }
        if (x.view.category(mixin.id()).isPresent()) {
            throw OcciException.conflict(mixin.id() + " is already defined");
        }
        if (x.view.atLocation(location).isPresent() || Router.route(location, x.view) instanceof Router.QueryInterface
                || location.startsWith("/.well-known/")) {
            throw OcciException.conflict("location " + location + " is already taken");
        }
        Paths.mixinLocationProblem(location, x.view).ifPresent(problem -> {
            throw OcciException.badRequest("mixin " + mixin.id() + ": " + problem);
        });
        return mixin;
    }

    private Answer remove() {
        List<CategoryRepresentation> given = x.parse(r -> r.parseCategories(x.occiRequest()));
        if (given.isEmpty()) {
            throw OcciException.badRequest("DELETE on the query interface needs the mixins to remove");
        }
        for (CategoryRepresentation rep : given) {
            if (x.view.model().isProvided(rep.id())) {
                throw OcciException.forbidden(rep.id() + " is defined by the provider; only user-defined mixins can be removed");
            }
            if (!x.view.isUserMixin(rep.id())) {
                throw OcciException.notFound("no user-defined mixin " + rep.id());
            }
        }
        for (CategoryRepresentation rep : given) {
            untagEverywhere(rep.id());
            x.registry.removeUserMixin(rep.id(), x.context);
        }
        return x.message(200, "OK");
    }

    /** A removed mixin leaves the entities it was applied to; the entities stay. */
    private void untagEverywhere(CategoryId mixin) {
        EntityQuery tagged = new EntityQuery("/", List.of(Set.of(mixin)), null, null, Entity.class, 0, Integer.MAX_VALUE);
        List<Change> changes = new ArrayList<>();
        for (Entity entity : x.storage.query(tagged).items()) {
            List<CategoryId> rest = entity.mixins().stream().filter(m -> !m.equals(mixin)).toList();
            changes.add(Change.put(entity.withMixins(rest), entity.version()));
        }
        x.commit(changes);
    }
}
