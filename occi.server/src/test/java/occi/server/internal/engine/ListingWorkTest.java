package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import occi.api.Link;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.rendering.EntityView;
import org.junit.jupiter.api.Test;

/**
 * A listing does the work its rendering shows: locations only (text renderings, uri-list)
 * ask no backend and work out no actions or links; whole views are retrieved, with their
 * actions and links, as before. And an entity store is read a chunk of its own at a time,
 * not once per chunk of the listing.
 */
class ListingWorkTest {

    private final RecordingBackend backend = new RecordingBackend(Fixtures.COMPUTE, Fixtures.NETWORK, Fixtures.NETWORK_INTERFACE,
            Fixtures.START, Fixtures.STOP);
    private final Harness server = new Harness().with(backend);

    /** Stores computes straight into the registry, the first with a link to a network. */
    private List<String> computes(int count) {
        List<Change> changes = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = String.format("c%04d", i);
            changes.add(Change.create(new Resource(id, "/compute/" + id, Fixtures.COMPUTE.id(), List.of(), Map.of(), null, null, 0)));
            locations.add("/compute/" + id);
        }
        changes.add(Change.create(new Resource("n1", "/network/n1", Fixtures.NETWORK.id(), List.of(), Map.of(), null, null, 0)));
        changes.add(Change.create(new Link("l1", "/link/l1", Fixtures.NETWORK_INTERFACE.id(), List.of(), Map.of(), null,
                "/compute/c0000", "/network/n1", Fixtures.NETWORK.id(), 0)));
        server.registry.commit(changes, Harness.CALLER);
        return locations;
    }

    private List<String> listed() {
        return server.rendering.listed.stream().map(v -> v.entity().location()).toList();
    }

    @Test
    void aRenderingOfLocationsOnlyGetsTheStoredEntitiesWithoutBackendCallsActionsOrLinks() {
        List<String> all = computes(Listing.CHUNK + 10);
        server.rendering.locationsOnly = true;
        backend.takeCalls();

        assertThat(server.get("/compute/").status()).isEqualTo(200);

        assertThat(listed()).containsExactlyElementsOf(all);
        assertThat(backend.takeCalls()).as("no retrieve, no applicable").isEmpty();
        EntityView first = server.rendering.listed.get(0);
        assertThat(first.kind().id()).isEqualTo(Fixtures.COMPUTE.id());
        assertThat(first.actions()).isEmpty();
        assertThat(first.links()).isEmpty();
    }

    @Test
    void aRenderingOfWholeEntitiesGetsEveryMemberRetrievedWithItsActionsAndLinks() {
        List<String> all = computes(Listing.CHUNK + 10);
        backend.takeCalls();

        assertThat(server.get("/compute/").status()).isEqualTo(200);

        assertThat(listed()).containsExactlyElementsOf(all);
        assertThat(backend.takeCalls()).filteredOn(c -> c.equals("retrieve compute")).hasSize(all.size());
        EntityView first = server.rendering.listed.get(0);
        assertThat(first.actions()).extracting(a -> a.id()).containsExactly(Fixtures.START.id());
        assertThat(first.links()).extracting(l -> l.entity().location()).containsExactly("/link/l1");
        assertThat(server.rendering.listed.get(1).links()).isEmpty();
    }

    @Test
    void aStoreWhoseEntitiesComeAfterTheRegistrysIsNotAskedForEveryChunk() {
        EntityStoreTest.ThingStore store = new EntityStoreTest.ThingStore();
        store.honoursAfter = true;
        server.with(store);
        List<String> expected = new ArrayList<>(computes(Listing.CHUNK * 5));
        expected.add("/network/n1");
        for (String location : List.of("/thing/a", "/thing/b")) {
            store.things.put(location, new Resource(location.substring(7), location, EntityStoreTest.THING.id(), List.of(), Map.of(),
                    null, null, 1));
            expected.add(location);
        }
        server.rendering.locationsOnly = true;

        assertThat(server.get("/resource/").status()).isEqualTo(200);

        assertThat(listed()).containsExactlyElementsOf(expected);
        List<EntityQuery> keyset = store.queries.stream().filter(q -> q.after() != null).toList();
        assertThat(keyset).as("read once after the first chunk: it answered fewer than a chunk").hasSize(1);
    }
}
