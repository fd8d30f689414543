package confine.orm.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import confine.orm.Manager;
import confine.orm.Resource;
import confine.orm.ResourceCollection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A lazy, immutable query on a manager's collection: filters and exclusions added
 * make a new one; the members are fetched once, on first need, and kept.
 */
class CollectionImpl extends BulkOps implements ResourceCollection {

    final Session s;
    final List<Lookup> filters;
    final List<List<Lookup>> exclusions;
    final boolean clientOnly;
    private final ManagerImpl manager;
    private CompletableFuture<List<ResourceImpl>> members;

    CollectionImpl(Session s, ManagerImpl manager, List<Lookup> filters, List<List<Lookup>> exclusions,
            boolean clientOnly) {
        this.s = s;
        this.manager = manager;
        this.filters = List.copyOf(filters);
        this.exclusions = List.copyOf(exclusions);
        this.clientOnly = clientOnly;
    }

    /** The same query with other lookups (subclasses keep their source). */
    CollectionImpl with(List<Lookup> filters, List<List<Lookup>> exclusions, boolean clientOnly) {
        return new CollectionImpl(s, manager, filters, exclusions, clientOnly);
    }

    /** Fetches the members: equality lookups the controller supports as query parameters, the rest here. */
    CompletableFuture<List<ResourceImpl>> fetch() {
        List<Lookup> candidates = clientOnly || !s.options.serverSideFiltering() ? List.of()
                : filters.stream().filter(Lookup::serverCandidate).toList();
        return manager.fetch(candidates).thenCompose(fetched -> {
            List<Lookup> local = new ArrayList<>(filters);
            local.removeAll(fetched.applied());
            return new LookupEvaluator(s).select(fetched.members(), local, exclusions);
        });
    }

    final CompletableFuture<List<ResourceImpl>> membersAsync() {
        synchronized (this) {
            if (members == null || members.isCompletedExceptionally()) {
                members = fetch();
            }
            return members;
        }
    }

    /** Forgets the members fetched: the next need fetches again. */
    final synchronized void reset() {
        members = null;
    }

    @Override
    public Manager manager() {
        return manager;
    }

    @Override
    public ResourceCollection filter(Object... lookups) {
        return filter(BulkOps.pairs(lookups));
    }

    @Override
    public ResourceCollection filter(Map<String, ?> lookups) {
        List<Lookup> more = new ArrayList<>(filters);
        more.addAll(Lookup.of(lookups));
        return with(more, exclusions, clientOnly);
    }

    @Override
    public ResourceCollection exclude(Object... lookups) {
        List<List<Lookup>> more = new ArrayList<>(exclusions);
        more.add(Lookup.pairs(lookups));
        return with(filters, more, clientOnly);
    }

    @Override
    public Resource get(Object... lookups) {
        CollectionImpl matching = lookups.length == 0 ? this : (CollectionImpl) filter(lookups);
        List<Resource> found = matching.list();
        String what = (manager == null ? "resources" : manager.name()) + " matching " + matching.describe();
        if (found.isEmpty()) {
            throw new NoSuchElementException("No " + what);
        }
        if (found.size() > 1) {
            throw new NoSuchElementException(found.size() + " " + what + ", not one");
        }
        Resource r = found.get(0);
        Session.join(((ResourceImpl) r).loadAsync());
        return r;
    }

    String describe() {
        String f = filters.stream().map(Lookup::toString).collect(Collectors.joining(", "));
        String e = exclusions.stream().map(g -> "not(" + g.stream().map(Lookup::toString).collect(Collectors.joining(", ")) + ")")
                .collect(Collectors.joining(", "));
        return "[" + f + (f.isEmpty() || e.isEmpty() ? "" : ", ") + e + "]";
    }

    @Override
    public ResourceCollection clientSide() {
        return with(filters, exclusions, true);
    }

    @Override
    public Resource create(Object... fields) {
        return manager.create(fields);
    }

    @Override
    public ResourceCollection retrieve() {
        synchronized (this) {
            members = fetch();
        }
        Session.join(members);
        return this;
    }

    @Override
    public CompletableFuture<List<Resource>> listAsync() {
        return membersAsync().thenApply(List::copyOf);
    }

    @Override
    public List<Resource> list() {
        return Session.join(listAsync());
    }

    @Override
    public Iterator<Resource> iterator() {
        return list().iterator();
    }

    @Override
    public Stream<Resource> stream() {
        return list().stream();
    }

    @Override
    public int size() {
        return list().size();
    }

    @Override
    public boolean isEmpty() {
        return list().isEmpty();
    }

    @Override
    CompletableFuture<List<ResourceImpl>> bulkMembers() {
        return membersAsync();
    }

    @Override
    public String toString() {
        List<ResourceImpl> list = Session.join(membersAsync());
        // Members that came as bare references are fetched together before printing.
        Session.join(Session.all(list.stream().map(ResourceImpl::loadAsync).toList()));
        ArrayNode array = s.json.mapper().createArrayNode();
        list.forEach(r -> array.add(r.view()));
        return s.json.pretty(array);
    }
}
