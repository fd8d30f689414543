package confine.orm.internal;

import confine.orm.Resource;
import confine.orm.ResourceSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/** An immutable set of resources of any kinds; every operation runs on all members concurrently. */
final class ResourceSetImpl extends BulkOps implements ResourceSet {

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
    CompletableFuture<List<Resource>> bulkMembers() {
        return CompletableFuture.completedFuture(list());
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("ResourceSet[");
        members.forEach(r -> b.append(b.length() > 12 ? ", " : "").append(r.uri()));
        return b.append(']').toString();
    }
}
