package confine.orm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import confine.orm.Manager;
import confine.orm.RelatedCollection;
import confine.orm.Resource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;

/**
 * The members a parent's list-of-references field names. Lookups are evaluated
 * here (the members are known by URI already); the manager is the one whose
 * collection holds the members, or else the one named like the field.
 */
final class RelatedCollectionImpl extends CollectionImpl implements RelatedCollection {

    private final ResourceImpl parent;
    private final String field;

    RelatedCollectionImpl(Session s, ResourceImpl parent, String field, List<Lookup> filters,
            List<List<Lookup>> exclusions, boolean clientOnly) {
        super(s, null, filters, exclusions, clientOnly);
        this.parent = parent;
        this.field = field;
    }

    @Override
    CollectionImpl with(List<Lookup> filters, List<List<Lookup>> exclusions, boolean clientOnly) {
        return new RelatedCollectionImpl(s, parent, field, filters, exclusions, clientOnly);
    }

    @Override
    CompletableFuture<List<ResourceImpl>> fetch() {
        return parent.loadAsync().thenCompose(p -> {
            List<ResourceImpl> members = new ArrayList<>();
            for (JsonNode ref : p.view().path(field)) {
                if (ref.isObject() && ref.hasNonNull("uri")) {
                    members.add(s.accept(ref, null));
                }
            }
            return new LookupEvaluator(s).select(members, filters, exclusions);
        });
    }

    @Override
    public Manager manager() {
        s.discovered();
        for (JsonNode ref : parent.view().path(field)) {
            ManagerImpl m = s.managerOf(URI.create(ref.path("uri").asText()));
            if (m != null) {
                return m;
            }
        }
        ManagerImpl byName = s.managers().get(field);
        if (byName == null) {
            throw new NoSuchElementException("No collection holds " + parent.uri() + "'s " + field);
        }
        return byName;
    }

    @Override
    public Resource parent() {
        return parent;
    }

    @Override
    public String field() {
        return field;
    }

    @Override
    public String parentField() {
        return parent.manager().singular();
    }

    @Override
    public Resource create(Object... fields) {
        Map<String, Object> values = BulkOps.pairs(fields);
        values.putIfAbsent(parentField(), parent);
        Resource created = manager().create(values);
        // The parent lists the new member only in a fresh representation.
        parent.invalidate();
        reset();
        return created;
    }
}
