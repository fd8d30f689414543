package confine.controller.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.controller.Seed;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeederTest {

    static final Path FIXTURES = Path.of("src/main/resources/confine/controller/internal/fixtures");
    final Store store = new Store();

    @Test
    void theSampleDocumentsComeBackAsTheReferenceWroteThem() throws Exception {
        Seeder.seed(store, Seed.fixtures());

        for (String[] sample : List.of(new String[] {"node", "nodes", "1413"}, new String[] {"slice", "slices", "7"},
                new String[] {"sliver", "slivers", "42"}, new String[] {"template", "templates", "1"},
                new String[] {"user", "users", "1"}, new String[] {"group", "groups", "2"}, new String[] {"island", "islands", "1"})) {
            JsonNode expected = Json.MAPPER.readTree(Files.readString(FIXTURES.resolve(sample[0] + ".json")));
            ObjectNode stored = store.find(sample[1], Long.parseLong(sample[2])).orElseThrow();
            // compared as JSON text: the store keeps ids as longs, the parser reads small numbers as ints
            JsonNode served = Json.parse(Json.bytes(Json.absolute(stored, URI.create(Seeder.FIXTURE_BASE)), 0));
            assertThat(served).as(sample[0]).isEqualTo(expected);
        }
    }

    @Test
    void aGeneratedTestbedHasTheAskedSizesAndDistinctNodesPerSlice() {
        Seeder.seed(store, Seed.generated(20, 6, 4));

        assertThat(store.all("nodes")).hasSize(21);
        assertThat(store.all("slices")).hasSize(7);
        assertThat(store.all("slivers")).hasSize(1 + 6 * 4);
        for (ObjectNode slice : store.all("slices")) {
            Set<String> nodes = new HashSet<>();
            slice.path("slivers").forEach(ref -> nodes.add(store.find("slivers", Json.target(ref).id()).orElseThrow()
                    .path("node").path("uri").asText()));
            assertThat(nodes).hasSize(slice.path("slivers").size());
        }
        assertThat(store.find("nodes", 1414).orElseThrow().path("mgmt_net").path("addr").asText()).isEqualTo("fd65:fc41:c50f:586::2");
    }

    @Test
    void moreSliversPerSliceThanNodesGiveOnePerNode() {
        Seeder.seed(store, Seed.generated(2, 1, 10));

        assertThat(store.find("slices", 8).orElseThrow().path("slivers")).hasSize(3);
    }

    @Test
    void seedingAgainForgetsWhatWasAdded() {
        Seeder.seed(store, Seed.fixtures());
        store.put("nodes", 9999, Json.object().put("name", "extra"));
        store.addKind(Kind.added("gateway", "gateways"));

        Seeder.seed(store, Seed.fixtures());

        assertThat(store.find("nodes", 9999)).isEmpty();
        assertThat(store.kind("gateways")).isEmpty();
        assertThat(store.userNamed(Seeder.SUPERUSER).orElseThrow().path("is_superuser").asBoolean()).isTrue();
    }
}
