package confine.orm;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ResourceTest extends LocalControllerTest {

    @Test
    void typedFieldsNestedObjectsAndPrinting() {
        Resource node = api.manager("nodes").get("id", 1413);
        assertThat(node.string("arch")).isEqualTo("i686");
        assertThat(node.number("boot_sn")).isZero();
        assertThat(node.get("mgmt_net").path("backend").asText()).isEqualTo("tinc_client");
        assertThat(node.resource("island")).isNull();
        assertThat(node.fields()).contains("id", "uri", "name", "group", "slivers");
        assertThat(node.manager().name()).isEqualTo("nodes");
        assertThat(node.toString()).startsWith("{\n    \"id\": 1413,\n    \"uri\": \"" + uri(NODE_1413) + "\",");
    }

    @Test
    void saveSendsOnlyTheChangedFields() {
        api.login("vct", "vct");
        Resource node = api.manager("nodes").get("id", 1413);
        // a change made on the controller meanwhile is not overwritten by a PATCH of other fields
        controller.testbed().update("nodes", 1413, n -> n.put("description", "set elsewhere"));
        node.set("name", "renamed").save();
        assertThat(node.changes()).isEmpty();
        var stored = controller.testbed().get("nodes", 1413).orElseThrow();
        assertThat(stored.path("name").asText()).isEqualTo("renamed");
        assertThat(stored.path("description").asText()).isEqualTo("set elsewhere");
        assertThat(node.string("description")).isEqualTo("set elsewhere"); // the answer is the new representation
    }

    @Test
    void putSendsTheWholeResource() {
        try (Api put = Api.of(controller.baseUri(), options().patchOnSave(false).credentials("vct", "vct").build())) {
            Resource node = put.get(uri(NODE_1413));
            node.set("description", "by PUT").save();
            assertThat(controller.testbed().get("nodes", 1413).orElseThrow().path("description").asText())
                    .isEqualTo("by PUT");
        }
    }

    @Test
    void aRejectedSaveKeepsTheChangesAndSaysWhy() {
        api.login("vct", "vct");
        Resource node = api.get(uri(NODE_1413));
        node.set("set_state", "flying");
        org.assertj.core.api.Assertions.assertThatThrownBy(node::save).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("400 BAD REQUEST (!= 200)").hasMessageContaining("set_state");
        assertThat(node.changes()).containsKey("set_state");
    }

    @Test
    void deleteAndCreate() {
        api.login("admin", "admin");
        Resource group = api.manager("groups").get("name", "vct");
        Resource node = api.manager("nodes").create("name", "new-node", "group", group, "arch", "x86_64");
        assertThat(node.uri().toString()).startsWith(uri("nodes/").toString());
        assertThat(node.string("name")).isEqualTo("new-node");
        assertThat(api.manager("nodes").filter("name", "new-node").list()).containsExactly(node);
        node.delete();
        assertThat(api.manager("nodes").filter("name", "new-node").list()).isEmpty();
    }

    @Test
    void aRelatedCollectionCreatesWithItsParentFilledIn() {
        api.login("vct", "vct");
        Resource node = api.manager("nodes").create("name", "spare", "group", api.manager("groups").get("id", 2));
        Resource slice = api.manager("slices").get("id", 7);
        RelatedCollection slivers = node.related("slivers");
        assertThat(slivers.list()).isEmpty();
        assertThat(slivers.manager().name()).isEqualTo("slivers");   // found by name: no member to look at
        assertThat(slivers.parentField()).isEqualTo("node");
        Resource sliver = slivers.create("slice", slice, "interfaces", List.of(Map.of("type", "private", "name", "priv")));
        assertThat(sliver.resource("node")).isSameAs(node);
        assertThat(sliver.resource("slice")).isSameAs(slice);
        assertThat(slivers.list()).containsExactly(sliver);
        assertThat(node.related("slivers").list()).containsExactly(sliver);
        assertThat(slice.refresh().related("slivers").list()).contains(sliver);
        Outcome updated = node.related("slivers").update("description", "via the node");
        assertThat(updated.ok()).isTrue();
        assertThat(sliver.string("description")).isEqualTo("via the node");
    }

    interface Group {
        String name();

        boolean allowNodes();
    }

    interface Node extends Resource {
        String name();

        long bootSn();

        Group group();

        JsonNode mgmtNet();

        RelatedCollection slivers();

        Node description(String description);
    }

    @Test
    void typedViewsThroughInterfaces() {
        api.login("vct", "vct");
        Node node = api.manager("nodes").get("id", 1413).as(Node.class);
        assertThat(node.group().name()).isEqualTo("vct");
        assertThat(node.group().allowNodes()).isTrue();
        assertThat(node.bootSn()).isZero();
        assertThat(node.mgmtNet().path("addr").asText()).isNotEmpty();
        assertThat(node.slivers().size()).isEqualTo(1);
        node.description("through a view").save();
        assertThat(controller.testbed().get("nodes", 1413).orElseThrow().path("description").asText())
                .isEqualTo("through a view");
        assertThat(node.uri()).isEqualTo(uri(NODE_1413));
    }
}
