package confine.orm.internal;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * At most one resource object per URI in a session. URIs are normalized, so
 * {@code .../nodes/1/} reached from two relations is one key.
 */
final class IdentityMap {

    private final Map<URI, ResourceImpl> objects = new ConcurrentHashMap<>();

    ResourceImpl get(URI uri, Function<URI, ResourceImpl> create) {
        return objects.computeIfAbsent(key(uri), create);
    }

    ResourceImpl peek(URI uri) {
        return objects.get(key(uri));
    }

    void remove(URI uri) {
        objects.remove(key(uri));
    }

    Collection<ResourceImpl> all() {
        return List.copyOf(objects.values());
    }

    int size() {
        return objects.size();
    }

    void clear() {
        objects.clear();
    }

    static URI key(URI uri) {
        return uri.normalize();
    }
}
