package occi.server.internal.engine;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import occi.api.AttributeDefinition;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.OcciException;
import occi.api.backend.EntityQuery;
import occi.api.backend.Page;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityView;
import occi.api.rendering.Filter;

/**
 * Collection listings: the query a request asks for ({@code ?category=}, {@code ?q=} and
 * the rendering's own filter, all of which must hold), its page ({@code ?page=} from 1,
 * {@code ?number=}; 413 above the configured maximum) and the streamed rendering of the
 * entities, fetched from storage a chunk at a time.
 */
final class Listing {

    static final int CHUNK = 200;

    private final Exchange x;
    private final Views views;

    Listing(Exchange exchange, Views views) {
        this.x = exchange;
        this.views = views;
    }

    /** The entities below a path, of a collection's categories if given, with the request's filters. */
    EntityQuery query(String prefix, Set<CategoryId> collection, Class<? extends Entity> type) {
        List<Set<CategoryId>> categories = new ArrayList<>();
        if (collection != null) {
            categories.add(collection);
        }
        for (String typeId : x.call.query().getOrDefault("category", List.of())) {
            categories.add(x.view.matching(parseCategory(typeId)));
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        if (x.call.method().equals("GET") || x.call.method().equals("HEAD")) {
            if (x.hasPayload()) {
                Filter filter = x.parse(r -> r.parseFilter(x.occiRequest()));
                filter.categories().forEach(c -> categories.add(x.view.matching(c)));
                filter.attributes().forEach((name, value) -> attributes.put(name, typed(name, value)));
            }
        }
        String text = x.call.queryParameter("q");
        return new EntityQuery(prefix, categories, attributes, text == null || text.isEmpty() ? null : text, type, 0, Integer.MAX_VALUE);
    }

    static CategoryId parseCategory(String typeId) {
        try {
            return CategoryId.parse(typeId);
        } catch (IllegalArgumentException e) {
            throw OcciException.badRequest("?category=" + typeId + ": " + e.getMessage());
        }
    }

    /** A filter value in the canonical form of its attribute's type, so that "2" finds 2. */
    private Object typed(String name, Object value) {
        for (Category category : x.view.categories()) {
            AttributeDefinition definition = category.attributes().get(name);
            if (definition != null) {
                return definition.coerce(value);
            }
        }
        return value;
    }

    /** The page the client asked for. */
    record Paging(long page, int number, boolean everything) {
        long offset() {
            return (page - 1) * number;
        }
    }

    Paging paging() {
        String page = x.call.queryParameter("page");
        String number = x.call.queryParameter("number");
        long p = page == null ? 1 : positive("page", page);
        if (number == null) {
            int size = x.settings.defaultPageSize();
            if (size == 0) {
                return page == null ? new Paging(1, Integer.MAX_VALUE, true) : new Paging(p, x.settings.maxPageSize(), false);
            }
            return new Paging(p, size, false);
        }
        long n = positive("number", number);
        if (n > x.settings.maxPageSize()) {
            throw new OcciException(413, "number=" + n + " is more than the " + x.settings.maxPageSize() + " entities a page may hold");
        }
        return new Paging(p, (int) n, false);
    }

    private static long positive(String name, String value) {
        try {
            long n = Long.parseLong(value.trim());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw OcciException.badRequest("?" + name + "=" + value + " is not a whole number from 1");
    }

    /** Renders the page of the query the client asked for. */
    Answer render(EntityQuery query, Category category, String location) {
        Paging paging = paging();
        Page<Entity> first = x.storage.query(query.page(paging.everything() ? 0 : paging.offset(),
                paging.everything() ? CHUNK : Math.min(paging.number(), CHUNK)));
        long total = first.total();
        CollectionInfo info = new CollectionInfo(location, category, paging.page(),
                paging.everything() ? (int) Math.min(Integer.MAX_VALUE, total) : paging.number(), total);
        long start = paging.everything() ? 0 : paging.offset();
        long end = paging.everything() ? Long.MAX_VALUE : start + paging.number();
        return x.render(200, (r, c, out) -> r.renderCollection(
                new ViewIterator(query, first, start, end, r.rendersLocationsOnly(c.mediaType())), info, c, out));
    }

    /**
     * Fetches the entities a chunk at a time and turns each into a view; entities that cannot
     * be shown are left out. After the first chunk (found by offset, with the total) each
     * chunk starts after the last location seen (keyset paging), so a listing of N entities
     * costs one pass, not N / chunk passes; a source that ignores the bound is paged by offset.
     */
    private final class ViewIterator implements Iterator<EntityView> {
        private final EntityQuery query;
        private Iterator<Entity> chunk;
        private long nextOffset;
        private String lastLocation;
        private boolean keyset = true;
        private final long end;
        private boolean exhausted;
        private EntityView next;
        private final boolean locationsOnly;
        private final Storage.Walk walk;

        ViewIterator(EntityQuery query, Page<Entity> first, long start, long end, boolean locationsOnly) {
            this.query = query;
            this.locationsOnly = locationsOnly;
            this.walk = x.storage.walk(query);
            this.chunk = first.items().iterator();
            this.nextOffset = start + first.items().size();
            this.lastLocation = first.items().isEmpty() ? null : first.items().get(first.items().size() - 1).location();
            this.end = end;
            this.exhausted = first.items().isEmpty() || nextOffset >= end;
        }

        private List<Entity> fetch(int size) {
            if (keyset) {
                Optional<List<Entity>> after = walk.after(lastLocation, size);
                if (after.isPresent()) {
                    return after.get();
                }
                keyset = false;
                x.log.debug("a registry or entity store ignored EntityQuery.after: listing " + query.pathPrefix() + " by offset");
            }
            return x.storage.query(query.page(nextOffset, size)).items();
        }

        @Override
        public boolean hasNext() {
            while (next == null) {
                if (!chunk.hasNext()) {
                    if (exhausted) {
                        return false;
                    }
                    int size = (int) Math.min(CHUNK, end - nextOffset);
                    List<Entity> items = fetch(size);
                    nextOffset += items.size();
                    if (!items.isEmpty()) {
                        lastLocation = items.get(items.size() - 1).location();
                    }
                    exhausted = items.size() < size || nextOffset >= end;
                    chunk = items.iterator();
                    continue;
                }
                next = viewOf(chunk.next(), locationsOnly).orElse(null);
            }
            return true;
        }

        @Override
        public EntityView next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            EntityView view = next;
            next = null;
            return view;
        }
    }

    /**
     * What the rendering shows of a listed entity: its location only (the stored entity, not
     * retrieved, without actions or links), or the whole view.
     */
    private Optional<EntityView> viewOf(Entity entity, boolean locationsOnly) {
        Optional<Kind> kind = x.view.kind(entity.kind());
        if (kind.isEmpty()) {
            return Optional.empty(); // its kind's backend is gone: not listed until it is back
        }
        if (locationsOnly) {
            return Optional.of(views.located(entity, kind.get()));
        }
        try {
            return Optional.of(views.retrieved(entity));
        } catch (OcciException refused) {
            x.log.debug("left " + entity.location() + " out of a listing: " + refused.getMessage());
            return Optional.empty();
        }
    }
}
