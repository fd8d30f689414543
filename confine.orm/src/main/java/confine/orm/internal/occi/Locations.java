package confine.orm.internal.occi;

import java.net.URI;
import java.util.Optional;
import occi.api.Kind;

/**
 * Translates between CONFINE resource URIs ({@code <api>nodes/1413/}) and OCCI locations
 * ({@code /<testbed>/node/1413}): the collection names the kind, the last segment is the id.
 */
final class Locations {

    private final URI api;
    private final TestbedModel model;

    Locations(URI api, TestbedModel model) {
        this.api = api;
        this.model = model;
    }

    /** The OCCI location of a CONFINE resource, if it is in a mapped collection of this controller. */
    Optional<String> location(URI confine) {
        String relative = api.relativize(confine).getPath();
        if (relative == null || relative.startsWith("/") || confine.equals(api.resolve(relative)) == false) {
            return Optional.empty();
        }
        String[] parts = relative.split("/");
        if (parts.length != 2) {
            return Optional.empty();
        }
        return model.kindOfCollection(parts[0]).map(kind -> kind.location() + parts[1]);
    }

    /** The CONFINE URI of an OCCI location of a mapped resource kind. */
    Optional<URI> uri(String location) {
        for (Kind kind : model.resourceKinds()) {
            if (location.startsWith(kind.location())) {
                String id = location.substring(kind.location().length());
                if (!id.isEmpty() && id.matches("[A-Za-z0-9_-]+")) {
                    return Optional.of(api.resolve(kind.id().term() + "s/" + id + "/"));
                }
            }
        }
        return Optional.empty();
    }

    /** The kind of a resource location of this testbed. */
    Optional<Kind> kindAt(String location) {
        return model.resourceKinds().stream().filter(k -> location.startsWith(k.location())).findFirst();
    }

    /** The id part of a CONFINE URI: its last path segment. */
    static String id(URI confine) {
        String path = confine.getPath();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
