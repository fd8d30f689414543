package confine.orm.internal;

import confine.orm.Outcome;
import confine.orm.Resource;
import confine.orm.ResourceSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** An immutable set of resources of any kinds; every operation runs on all members concurrently. */
final class ResourceSetImpl implements ResourceSet {

    private final Session s;
    private final Set<Resource> members;

    ResourceSetImpl(Session s, Collection<? extends Resource> members) {
        this.s = s;
        for (Resource r : members) {
            if (!(r instanceof ResourceImpl)) {
                throw new IllegalArgumentException("Not a resource of this client: " + r);
            }
        }
        this.members = Collections.unmodifiableSet(new LinkedHashSet<>(members));
    }

    private List<Resource> list() {
        return new ArrayList<>(members);
    }

    @Override
    public Set<Resource> members() {
        return members;
    }

    @Override
    public int size() {
        return members.size();
    }

    @Override
    public Iterator<Resource> iterator() {
        return members.iterator();
    }

    @Override
    public ResourceSet with(Resource resource) {
        List<Resource> more = list();
        more.add(resource);
        return new ResourceSetImpl(s, more);
    }

    @Override
    public Outcome update(Object... fields) {
        return BulkOps.joinOrThrow(updateAsync(BulkOps.pairs(fields)));
    }

    @Override
    public CompletableFuture<Outcome> updateAsync(Map<String, ?> fields) {
        return BulkOps.update(list(), fields);
    }

    @Override
    public Outcome save() {
        return BulkOps.joinOrThrow(saveAsync());
    }

    @Override
    public CompletableFuture<Outcome> saveAsync() {
        return BulkOps.save(list());
    }

    @Override
    public Outcome delete() {
        return BulkOps.joinOrThrow(deleteAsync());
    }

    @Override
    public CompletableFuture<Outcome> deleteAsync() {
        return BulkOps.delete(list());
    }

    @Override
    public Outcome refresh() {
        return BulkOps.joinOrThrow(refreshAsync());
    }

    @Override
    public CompletableFuture<Outcome> refreshAsync() {
        return BulkOps.refresh(list());
    }

    @Override
    public Outcome invoke(String action) {
        return BulkOps.joinOrThrow(invokeAsync(action, null));
    }

    @Override
    public Outcome invoke(String action, Object body) {
        return BulkOps.joinOrThrow(invokeAsync(action, body));
    }

    @Override
    public CompletableFuture<Outcome> invokeAsync(String action, Object body) {
        return BulkOps.invoke(list(), action, body);
    }

    @Override
    public Outcome upload(String action, Path file) {
        return BulkOps.joinOrThrow(BulkOps.upload(list(), action, file));
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ResourceSet[");
        members.forEach(r -> b.append(b.length() > 12 ? ", " : "").append(r.uri()));
        return b.append(']').toString();
    }
}
