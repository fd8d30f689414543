package occi.server.internal.engine;

import java.util.Locale;
import java.util.Optional;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.server.internal.model.ModelView;

/**
 * The syntax of locations clients choose (a PUT that creates, a user mixin's location) and
 * the lengths every registry keeps: no dot segments, no empty segments, no percent-escapes
 * at all (the server sees paths as sent, so {@code /compute/%2e%2e/x} would be stored as
 * written and mean {@code /x} to anything that decodes it), nothing below a path the
 * platform serves itself.
 */
final class Paths {

    /** The longest location (the registries' location column). */
    static final int MAX_LOCATION = 2048;
    /** The longest client-chosen identifier (the registries' id column). */
    static final int MAX_ID = 512;
    /** The longest category id, scheme and term together (the registries' mixin column). */
    static final int MAX_CATEGORY_ID = 1024;
    /** The longest attribute name (the registries' attribute column). */
    static final int MAX_ATTRIBUTE_NAME = 512;
    /** Paths the platform serves with other resources than OCCI: nothing of OCCI's may go there. */
    static final java.util.List<String> RESERVED = java.util.List.of("/system/", "/confine/", Router.QUERY_INTERFACE, "/.well-known/");

    /** RFC 3986 path characters without the percent sign: an escaped slash or dot cannot hide in a location. */
    private static final java.util.BitSet ALLOWED = new java.util.BitSet(128);

    static {
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._~!$&'()*+,;=:@/".chars().forEach(ALLOWED::set);
    }

    private Paths() {}

    /** Why a path cannot be a client-chosen location, or empty when it can. */
    static Optional<String> problem(String path) {
        if (path.length() > MAX_LOCATION) {
            return Optional.of("a location is at most " + MAX_LOCATION + " characters long");
        }
        if (!path.startsWith("/")) {
            return Optional.of("a location starts with /");
        }
        for (char c : path.toCharArray()) {
            if (!ALLOWED.get(c)) {
                return Optional.of("a location is made of letters, digits and - . _ ~ ! $ & ' ( ) * + , ; = : @ / only"
                        + " (no escapes, spaces, ? or #)");
            }
        }
        String lower = path.toLowerCase(Locale.ROOT);
        for (String segment : lower.substring(1).split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return Optional.of("a location has no . or .. segments");
            }
        }
        if (path.contains("//")) {
            return Optional.of("a location has no empty segments (//)");
        }
        for (String reserved : RESERVED) {
            if (lower.startsWith(reserved) || (lower + "/").equals(reserved)) {
                return Optional.of(reserved + " is served by the platform, not by OCCI");
            }
        }
        return Optional.empty();
    }

    /**
     * Why a resource or link of a kind cannot be created at a path a client chose: a syntax
     * problem, or the path lies in the collection of a category it does not belong to (another
     * kind's location, a mixin's location): {@code /network/x} is no place for a compute.
     */
    static Optional<String> placementProblem(String path, CategoryId kind, ModelView view) {
        Optional<String> syntax = problem(path);
        if (syntax.isPresent()) {
            return syntax;
        }
        for (Category category : view.categories()) {
            String location = locationOf(category);
            if (location == null || !path.startsWith(location)) {
                continue;
            }
            if (!(category instanceof Kind other)) {
                return Optional.of(path + " lies in the collection of mixin " + category.id() + "; entities are tagged, not created there");
            }
            if (!view.model().isA(kind, other.id())) {
                return Optional.of(path + " lies in the collection of kind " + other.id() + ", not of " + kind);
            }
        }
        return Optional.empty();
    }

    /**
     * Why a user mixin cannot have a location: a syntax problem, or it is, contains or lies
     * below a location that is taken (a category's, an entity store's such as {@code /testbed/},
     * the query interface's or the platform's own).
     */
    static Optional<String> mixinLocationProblem(String location, ModelView view) {
        if (location == null) {
            return Optional.of("a mixin's location is a path of this server, such as /my_tag/");
        }
        Optional<String> syntax = problem(location);
        if (syntax.isPresent()) {
            return syntax;
        }
        for (Category category : view.categories()) {
            String taken = locationOf(category);
            if (taken != null && (taken.startsWith(location) || location.startsWith(taken))) {
                return Optional.of("location " + location + " overlaps " + taken + ", the location of " + category.id());
            }
        }
        if (view.model().entityStores().stream().anyMatch(store -> store.owns(location))) {
            return Optional.of("location " + location + " is kept by a resource manager (an entity store)");
        }
        return Optional.empty();
    }

    private static String locationOf(Category category) {
        return category instanceof Kind kind ? kind.location() : category instanceof occi.api.Mixin mixin ? mixin.location() : null;
    }
}
