package confine.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed views of the main CONFINE resources, read and changed on the local controller's sample data. */
class TypedViewsTest extends LocalControllerTest {

    @Test
    void aNodeWithItsGroupAndSlivers() {
        Node node = api.manager("nodes").get("id", 1413).as(Node.class);
        assertThat(node.id()).isEqualTo(1413);
        assertThat(node.uri()).isEqualTo(controller.baseUri().resolve(NODE_1413));
        assertThat(node.name()).isEqualTo("node-1413");
        assertThat(node.arch()).isEqualTo("i686");
        assertThat(node.setState()).isEqualTo("debug");
        assertThat(node.island()).isNull();
        assertThat(node.mgmtAddress()).isEqualTo("fd65:fc41:c50f:585::2");
        Group group = node.group();
        assertThat(group.name()).isEqualTo("vct");
        assertThat(group.allowNodes()).isTrue();
        assertThat(group.allowSlices()).isTrue();
        assertThat(node.slivers().list()).extracting(Resource::uri)
                .containsExactly(controller.baseUri().resolve("slivers/42/"));
    }

    @Test
    void aSliverLeadsToItsSliceNodeAndTemplate() {
        Sliver sliver = api.manager("slivers").get("id", 42).as(Sliver.class);
        assertThat(sliver.id()).isEqualTo(42);
        assertThat(sliver.node().name()).isEqualTo("node-1413");
        assertThat(sliver.setState()).as("follows its slice").isNull();
        assertThat(sliver.template()).as("the slice's").isNull();
        assertThat(sliver.interfaces()).extracting(i -> i.path("name").asText()).containsExactly("priv", "pub0");
        Slice slice = sliver.slice();
        assertThat(slice.id()).isEqualTo(7);
        assertThat(slice.name()).isEqualTo("vct-experiment");
        assertThat(slice.setState()).isEqualTo("register");
        assertThat(slice.expiresOn()).isInstanceOf(LocalDate.class).isNotNull();
        assertThat(slice.vlanNr()).isNull();
        assertThat(slice.group().name()).isEqualTo("vct");
        Template template = slice.template();
        assertThat(template.id()).isEqualTo(1);
        assertThat(template.type()).isEqualTo("debian");
        assertThat(template.nodeArchs()).containsExactly("i686", "x86_64");
        assertThat(template.isActive()).isTrue();
        assertThat(template.imageSha256()).hasSize(64);
        assertThat(slice.slivers().list()).extracting(r -> r.as(Sliver.class).id()).containsExactly(42L);
    }

    @Test
    void settersChangeTheResourceAndSaveSendsThem() {
        api.login("vct", "vct");
        Node node = api.manager("nodes").get("id", 1413).as(Node.class);
        node.name("renamed").description("in the lab").save();
        assertThat(controller.testbed().get("nodes", 1413).orElseThrow().path("name").asText()).isEqualTo("renamed");
        assertThat(node.refresh().as(Node.class).description()).isEqualTo("in the lab");

        Slice slice = api.manager("slices").create("name", "typed", "group", node.group(), "template",
                api.manager("templates").get("id", 1)).as(Slice.class);
        Sliver sliver = node.slivers().create("slice", slice, "interfaces",
                List.of(Map.of("type", "private", "name", "priv"))).as(Sliver.class);
        assertThat(sliver.slice().name()).isEqualTo("typed");
        sliver.setState("deploy");
        assertThat(sliver.changes()).containsOnlyKeys("set_state");
    }
}
