package occi.server.internal.engine;

import java.util.List;
import occi.api.Category;
import occi.api.Kind;
import occi.api.OcciException;
import occi.server.internal.model.ModelView;

/** What a path names: the query interface, a kind or mixin collection, a path listing or an entity. */
final class Router {

    static final String QUERY_INTERFACE = "/-/";
    static final String WELL_KNOWN_QUERY_INTERFACE = "/.well-known/org/ogf/occi/-/";

    static final List<String> QUERY_INTERFACE_METHODS = List.of("GET", "HEAD", "OPTIONS", "POST", "DELETE");
    static final List<String> KIND_METHODS = List.of("GET", "HEAD", "OPTIONS", "POST", "DELETE");
    static final List<String> MIXIN_METHODS = List.of("GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE");
    static final List<String> LISTING_METHODS = List.of("GET", "HEAD", "OPTIONS");
    /** The service root also takes an OCCI 1.1 create: POST with the new entity's kind. */
    static final List<String> ROOT_METHODS = List.of("GET", "HEAD", "OPTIONS", "POST");
    static final List<String> ENTITY_METHODS = List.of("GET", "HEAD", "OPTIONS", "PUT", "POST", "DELETE");

    /** The kinds of target, with the methods each allows. */
    sealed interface Target permits QueryInterface, CategoryCollection, PathListing, EntityPath {
        List<String> methods();
    }

    record QueryInterface() implements Target {
        public List<String> methods() {
            return QUERY_INTERFACE_METHODS;
        }
    }

    /** @param instantiable whether entities of the kind can be created (not for core entity, which is listed only) */
    record CategoryCollection(Category category, boolean instantiable) implements Target {
        public List<String> methods() {
            return category instanceof Kind ? (instantiable ? KIND_METHODS : LISTING_METHODS) : MIXIN_METHODS;
        }
    }

    record PathListing(String path) implements Target {
        public List<String> methods() {
            return path.equals("/") ? ROOT_METHODS : LISTING_METHODS;
        }
    }

    record EntityPath(String path) implements Target {
        public List<String> methods() {
            return ENTITY_METHODS;
        }
    }

    private Router() {}

    static Target route(String path, ModelView view) {
        if (path.equals(QUERY_INTERFACE) || path.equals(WELL_KNOWN_QUERY_INTERFACE)) {
            return new QueryInterface();
        }
        var category = view.atLocation(path);
        if (category.isPresent()) {
            boolean instantiable = !(category.get() instanceof Kind kind)
                    || view.model().isResourceKind(kind.id()) || view.model().isLinkKind(kind.id());
            return new CategoryCollection(category.get(), instantiable);
        }
        return path.endsWith("/") ? new PathListing(path) : new EntityPath(path);
    }

    /** 405; the engine adds the {@code Allow} header from the target. */
    static OcciException notAllowed(String method, List<String> allowed) {
        return new OcciException(405, method + " is not allowed here; allowed: " + String.join(", ", allowed));
    }
}
