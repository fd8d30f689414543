package confine.orm.internal.occi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import confine.orm.ResponseStatusException;
import confine.orm.UnreachableException;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.Link;
import occi.api.Resource;
import occi.api.backend.EntityQuery;
import org.junit.jupiter.api.Test;

/** The CONFINE sample documents as OCCI entities, the location translation and the error statuses. */
class EntityMappingTest {

    static final URI API = URI.create("http://127.0.0.1:8080/confine/api/");
    static final ObjectMapper JSON = new ObjectMapper();

    final TestbedModel model = new TestbedModel("testbed");
    final Locations locations = new Locations(API, model);
    final EntityMapping mapping = new EntityMapping(model, locations);

    /** A sample document of the CONFINE API reference, as the local controller's jar (a test dependency) carries it. */
    static JsonNode fixture(String name) throws IOException {
        try (var in = EntityMappingTest.class.getClassLoader().getResourceAsStream("confine/controller/internal/fixtures/" + name)) {
            return JSON.readTree(in);
        }
    }

    @Test
    void locationsAndUrisTranslateBothWays() {
        assertThat(locations.location(API.resolve("nodes/1413/"))).contains("/testbed/node/1413");
        assertThat(locations.uri("/testbed/sliver/42")).contains(API.resolve("slivers/42/"));
        assertThat(locations.location(URI.create("http://elsewhere/api/nodes/1/"))).isEmpty();
        assertThat(locations.location(API.resolve("templates/1/"))).isEmpty();
        assertThat(locations.uri("/testbed/node/")).isEmpty();
    }

    @Test
    void aNodeKeepsItsFieldsAndPointsAtItsGroupByLocation() throws IOException {
        Resource node = mapping.resource(fixture("node.json"), uri -> Optional.empty()).orElseThrow();
        assertThat(node.location()).isEqualTo("/testbed/node/1413");
        assertThat(node.kind()).isEqualTo(model.node.id());
        assertThat(node.title()).isEqualTo("node-1413");
        assertThat(node.attributes()).containsEntry(Fields.NODE_ARCH, "i686").containsEntry(Fields.NODE_SET_STATE, "debug")
                .containsEntry(Fields.NODE_GROUP, "/testbed/group/2").containsEntry(Fields.NODE_BOOT_SN, 0L)
                .doesNotContainKey(Fields.NODE_ISLAND);
    }

    @Test
    void aSliverIsAComputeWithTheSliverMixinThatFollowsItsSlicesStateAndIsLinkedToNodeSliceAndNetworks() throws IOException {
        Resource sliver = mapping.resource(fixture("sliver.json"), uri -> Optional.of("start")).orElseThrow();
        assertThat(sliver.kind().toString()).isEqualTo("http://schemas.ogf.org/occi/infrastructure#compute");
        assertThat(sliver.mixins()).contains(model.sliver.id());
        assertThat(model.sliver.applies()).extracting(Object::toString).containsExactly("http://schemas.ogf.org/occi/infrastructure#compute");
        assertThat(model.sliver.location()).isEqualTo("/testbed/sliver/");
        assertThat(sliver.attributes()).containsEntry("occi.compute.state", "active")
                .containsEntry(Fields.SLIVER_NODE, "/testbed/node/1413").containsEntry(Fields.SLIVER_SLICE, "/testbed/slice/7")
                .doesNotContainKey(Fields.SLIVER_SET_STATE);
        assertThat(sliver.attributes().get(Fields.SLIVER_INTERFACES)).isEqualTo(
                List.of(Map.of("type", "private", "name", "priv"), Map.of("type", "public4", "name", "pub0")));
        assertThat(mapping.links(sliver)).extracting(Link::location, Link::target)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/testbed/placement/42", "/testbed/node/1413"),
                        org.assertj.core.groups.Tuple.tuple("/testbed/membership/42", "/testbed/slice/7"),
                        org.assertj.core.groups.Tuple.tuple("/testbed/networkinterface/42-0", "/testbed/network/private"),
                        org.assertj.core.groups.Tuple.tuple("/testbed/networkinterface/42-1", "/testbed/network/public4"));
        Link pub0 = mapping.links(sliver).get(3);
        assertThat(pub0.kind().toString()).isEqualTo("http://schemas.ogf.org/occi/infrastructure#networkinterface");
        assertThat(pub0.mixins()).containsExactly(model.iface.id());
        assertThat(pub0.targetKind().toString()).isEqualTo("http://schemas.ogf.org/occi/infrastructure#network");
        assertThat(pub0.attributes()).containsEntry(Fields.IFACE_NR, 1L).containsEntry(Fields.IFACE_NAME, "pub0")
                .containsEntry(Fields.IFACE_TYPE, "public4").containsEntry("occi.networkinterface.interface", "pub0")
                .containsEntry("occi.networkinterface.state", "active");
        assertThat(mapping.networks()).extracting(Resource::location).contains("/testbed/network/private", "/testbed/network/public4");
        EntityQuery linksOfTheSliver = new EntityQuery("/", List.of(), Map.of("occi.core.source", "/testbed/sliver/42"), null,
                Link.class, 0, 10);
        assertThat(mapping.links(sliver)).allMatch(link -> EntityFilter.matches(link, linksOfTheSliver));
        assertThat(EntityFilter.matches(sliver, linksOfTheSliver)).isFalse();
    }

    @Test
    void aSliceNamesItsTemplateMixin() throws IOException {
        Resource slice = mapping.resource(fixture("slice.json"), uri -> Optional.empty()).orElseThrow();
        assertThat(slice.attributes()).containsEntry(Fields.SLICE_TEMPLATE, "http://occi.platform/confine/testbed/template#template-1")
                .containsEntry(Fields.SLICE_SET_STATE, "register");
    }

    @Test
    void controllerErrorsKeepTheirMeaningAndMessage() {
        URI uri = API.resolve("nodes/1413/ctl/reboot/");
        assertThat(Errors.toOcci("reboot", new ResponseStatusException("POST", uri, 403, "FORBIDDEN", List.of(200),
                "Authentication credentials were not provided.")))
                .satisfies(e -> assertThat(e.status()).isEqualTo(403))
                .hasMessageContaining("Authentication credentials were not provided.");
        assertThat(Errors.toOcci("create", new ResponseStatusException("POST", uri, 400, "BAD REQUEST", List.of(201),
                "{\"interfaces\": [\"There must exist one interface of type private.\"]}")).status()).isEqualTo(400);
        assertThat(Errors.toOcci("list", new UnreachableException(uri, "connection refused", null)))
                .satisfies(e -> assertThat(e.status()).isEqualTo(503)).hasMessageContaining("retry later")
                .satisfies(e -> assertThat(e.retryAfterHeader()).contains("10"));
    }
}
