package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.Page;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Listings longer than one chunk of {@link Listing#CHUNK}: after the first chunk the server
 * asks for the entities after the last location seen (keyset paging); registries and
 * entity stores that ignore {@link EntityQuery#after()} are paged by offset instead, and
 * every listing is the same either way.
 */
class LongListingTest {

    private static final int COUNT = Listing.CHUNK * 2 + 57;

    private final RecordingBackend backend = new RecordingBackend(Fixtures.COMPUTE, Fixtures.NETWORK);
    private final Harness server = new Harness().with(backend);

    /** Stores computes straight into the registry, in an order that is not their location order. */
    private List<String> computes(Registry registry, String prefix) {
        List<Change> changes = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            String id = String.format("%s%04d", prefix, (i * 37) % COUNT);
            Resource r = new Resource(id, "/compute/" + id, Fixtures.COMPUTE.id(), List.of(), Map.of(), null, null, 0);
            changes.add(Change.create(r));
            locations.add(r.location());
        }
        registry.commit(changes, Harness.CALLER);
        return locations.stream().sorted().toList();
    }

    private static List<String> lines(Answer answer) {
        assertThat(answer.status()).as(answer.bodyText()).isEqualTo(200);
        return answer.bodyText().lines().map(l -> l.substring("http://occi.test:8080".length())).toList();
    }

    @Test
    void aListingOfManyChunksHasEveryEntityOnceInOrder() {
        List<String> all = computes(server.registry, "c");

        assertThat(lines(server.get("/compute/"))).containsExactlyElementsOf(all);
        assertThat(lines(server.request("GET", "/compute/").query("page", "2").query("number", "300").send()))
                .containsExactlyElementsOf(all.subList(300, COUNT));
        assertThat(lines(server.request("GET", "/compute/").query("page", "1").query("number", "450").send()))
                .containsExactlyElementsOf(all.subList(0, 450));
    }

    @Test
    void aRegistryThatIgnoresTheKeysetBoundIsPagedByOffset() {
        IgnoresAfter old = new IgnoresAfter(server.registry);
        server.registryInUse = old;
        List<String> all = computes(server.registry, "c");

        assertThat(lines(server.get("/compute/"))).containsExactlyElementsOf(all);
        assertThat(lines(server.request("GET", "/compute/").query("page", "2").query("number", "300").send()))
                .containsExactlyElementsOf(all.subList(300, COUNT));
        assertThat(old.keysetQueries).isPositive();
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void registryAndStoreEntitiesMergeAcrossChunksWhetherTheStoreHonoursTheBoundOrNot(boolean honoursAfter) {
        EntityStoreTest.ThingStore store = new EntityStoreTest.ThingStore();
        store.honoursAfter = honoursAfter;
        server.with(store);
        List<String> expected = new ArrayList<>(computes(server.registry, "c"));
        IntStream.range(0, COUNT).mapToObj(i -> String.format("/thing/t%04d", i)).forEach(location -> {
            store.things.put(location, new Resource(location.substring(7), location, EntityStoreTest.THING.id(), List.of(), Map.of(),
                    null, null, 1));
            expected.add(location);
        });
        expected.sort(null);

        assertThat(lines(server.get("/resource/"))).containsExactlyElementsOf(expected);
        assertThat(lines(server.request("GET", "/resource/").query("page", "3").query("number", "250").send()))
                .containsExactlyElementsOf(expected.subList(500, 750));
    }

    /** A registry written before {@link EntityQuery#after()}: it answers every query from the first entity. */
    private static final class IgnoresAfter implements Registry {
        private final Registry delegate;
        int keysetQueries;

        IgnoresAfter(Registry delegate) {
            this.delegate = delegate;
        }

        @Override
        public Optional<Entity> get(String location, RequestContext request) {
            return delegate.get(location, request);
        }

        @Override
        public Page<Entity> query(EntityQuery query, RequestContext request) {
            if (query.after() != null) {
                keysetQueries++;
            }
            return delegate.query(new EntityQuery(query.pathPrefix(), query.categories(), query.attributes(), query.text(),
                    query.entityType(), query.offset(), query.limit()), request);
        }

        @Override
        public List<Link> linksFrom(String resourceLocation, RequestContext request) {
            return delegate.linksFrom(resourceLocation, request);
        }

        @Override
        public List<Entity> commit(List<Change> changes, RequestContext request) {
            return delegate.commit(changes, request);
        }

        @Override
        public List<Mixin> userMixins(RequestContext request) {
            return delegate.userMixins(request);
        }

        @Override
        public void addUserMixins(List<Mixin> mixins, RequestContext request) {
            delegate.addUserMixins(mixins, request);
        }

        @Override
        public boolean removeUserMixin(CategoryId mixin, RequestContext request) {
            return delegate.removeUserMixin(mixin, request);
        }
    }
}
