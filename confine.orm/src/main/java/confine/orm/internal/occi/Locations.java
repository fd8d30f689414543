package confine.orm.internal.occi;

import java.net.URI;
import java.util.Optional;

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
        return model.termOfCollection(parts[0]).map(term -> model.locationOf(term) + parts[1]);
    }

    /** The CONFINE URI of an OCCI location of a mapped CONFINE resource (node, slice, sliver, group, island). */
    Optional<URI> uri(String location) {
        for (String term : TestbedModel.COLLECTIONS) {
            String collection = model.locationOf(term);
            if (location.startsWith(collection)) {
                String id = location.substring(collection.length());
                if (!id.isEmpty() && id.matches("[A-Za-z0-9_-]+")) {
                    return Optional.of(api.resolve(term + "s/" + id + "/"));
                }
            }
        }
        return Optional.empty();
    }

    /** The CONFINE collection term ({@code node}, {@code sliver} ...) of a resource location of this testbed. */
    Optional<String> termAt(String location) {
        return TestbedModel.COLLECTIONS.stream().filter(t -> location.startsWith(model.locationOf(t))).findFirst();
    }

    /** The id part of a CONFINE URI: its last path segment. */
    static String id(URI confine) {
        String path = confine.getPath();
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
