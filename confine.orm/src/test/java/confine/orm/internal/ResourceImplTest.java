package confine.orm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.orm.ApiOptions;
import confine.orm.Resource;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Local behaviour of a resource and the identity map, with no controller behind them. */
class ResourceImplTest {

    private final Session s = new Session(URI.create("http://127.0.0.1:1/confine/api/"),
            ApiOptions.builder().maxRetries(0).noIdentityMapExpiry().build());

    @Test
    void oneObjectPerUri() throws IOException {
        ResourceImpl a = s.accept(fixture("node.json"), List.of());
        assertThat(s.resource(URI.create("http://127.0.0.1:8080/confine/api/nodes/1413/"))).isSameAs(a);
        assertThat(s.resource(URI.create("http://127.0.0.1:8080/confine/api/groups/../nodes/1413/"))).isSameAs(a);
        // a reference to the group is the group's one object, not loaded until needed
        Resource group = a.resource("group");
        assertThat(group).isSameAs(s.resource(URI.create("http://127.0.0.1:8080/confine/api/groups/2/")));
        assertThat(group.loaded()).isFalse();
    }

    @Test
    void typedFieldsAndLocalChanges() throws IOException {
        ResourceImpl node = s.accept(fixture("node.json"), List.of());
        assertThat(node.string("name")).isEqualTo("node-1413");
        assertThat(node.number("id")).isEqualTo(1413L);
        assertThat(node.number("boot_sn")).isZero();
        assertThat(node.string("island")).isNull();
        assertThat(node.get("mgmt_net").path("addr").asText()).isEqualTo("fd65:fc41:c50f:585::2");
        node.set("name", "renamed").set("group", s.resource(URI.create("http://127.0.0.1:8080/confine/api/groups/3/")));
        assertThat(node.string("name")).isEqualTo("renamed");
        assertThat(node.changes()).containsOnlyKeys("name", "group");
        assertThat(node.changes().get("group").path("uri").asText()).endsWith("/groups/3/");
        assertThat(node.json().path("name").asText()).isEqualTo("renamed");
        assertThatThrownBy(() -> node.set("uri", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> node.bool("name")).hasMessageContaining("not a boolean");
    }

    @Test
    void printsIndentedJson() throws IOException {
        ResourceImpl island = s.accept(fixture("island.json"), List.of());
        assertThat(island.toString()).isEqualTo("""
                {
                    "id": 1,
                    "uri": "http://127.0.0.1:8080/confine/api/islands/1/",
                    "name": "guifi-bcn",
                    "description": "A community network island"
                }""");
        ResourceImpl node = s.accept(fixture("node.json"), List.of());
        assertThat(node.toString()).contains("\"properties\": {},").contains("\"direct_ifaces\": [],");
    }

    @Test
    void expiryMakesAnEntryStale() throws IOException {
        Session quick = new Session(URI.create("http://127.0.0.1:1/api/"),
                ApiOptions.builder().identityMapExpiry(Duration.ofNanos(1)).build());
        ResourceImpl r = quick.accept(fixture("island.json"), List.of());
        assertThat(r.fresh()).isFalse();
        ResourceImpl kept = s.accept(fixture("island.json"), List.of());
        assertThat(kept.fresh()).isTrue();
        kept.invalidate();
        assertThat(kept.fresh()).isFalse();
    }

    @Test
    void deletionDropsTheEntryAndTheReferencesToIt() throws IOException {
        ResourceImpl node = s.accept(fixture("node.json"), List.of());
        ResourceImpl sliver = s.accept(fixture("sliver.json"), List.of());
        s.deleted(sliver);
        assertThat(s.identity.peek(sliver.uri())).isNull();
        assertThat(node.get("slivers")).isEmpty();
        assertThat(s.identity.peek(node.uri())).isSameAs(node);
    }

    @Test
    void actionsComeFromTheResourcesOwnLinkHeader() throws IOException {
        ResourceImpl node = s.accept(fixture("node.json"), LinkHeader.parse(
                "<http://127.0.0.1:8080/confine/api/nodes/1413/ctl/reboot/>; rel=\"http://confine-project.eu/rel/server/do-reboot\", "
                        + "<http://127.0.0.1:8080/confine/api/nodes/1413/>; rel=\"http://confine-project.eu/rel/server/node-base\"",
                null));
        assertThat(node.actions()).containsOnlyKeys("reboot");
        assertThat(node.action("reboot").uri()).hasToString("http://127.0.0.1:8080/confine/api/nodes/1413/ctl/reboot/");
        assertThat(node.links()).containsEntry(URI.create("http://confine-project.eu/rel/server/node-base"), node.uri());
        assertThatThrownBy(() -> node.action("renew")).hasMessageContaining("has no action renew; it has [reboot]");
    }

    @Test
    void javaValuesBecomeJson() {
        ResourceImpl group = s.resource(URI.create("http://h/api/groups/2/"));
        assertThat(s.json.toJson(Map.of("group", group, "list", List.of(1, "a"))).toString())
                .contains("\"group\":{\"uri\":\"http://h/api/groups/2/\"}").contains("\"list\":[1,\"a\"]");
    }

    private ObjectNode fixture(String name) throws IOException {
        return (ObjectNode) s.json.parse(Fixtures.bytes(name));
    }
}
