package confine.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class DiscoveryTest extends LocalControllerTest {

    @Test
    void everyAdvertisedRelationBecomesAManagerOrAnAction() {
        api.retrieve();
        assertThat(api.managers()).containsKeys("nodes", "slices", "slivers", "templates", "users", "groups", "islands");
        assertThat(api.actions()).containsKey("get_auth_token");
        Manager nodes = api.manager("nodes");
        assertThat(nodes.uri()).isEqualTo(uri("nodes/"));
        assertThat(nodes.singular()).isEqualTo("node");
        assertThat(nodes.relation()).hasToString("http://confine-project.eu/rel/server/node-list");
        assertThat(api.body().path("testbed_params").isObject()).isTrue();
        assertThat(api.toString()).startsWith("{\n    \"uri\": \"" + controller.baseUri() + "\"");
    }

    @Test
    void aRelationAddedToTheControllerAppearsAsANewManager() {
        api.retrieve();
        assertThat(api.managers()).doesNotContainKey("gateways");
        controller.testbed().addCollection("gateway", "gateways");
        api.retrieve();
        Manager gateways = api.manager("gateways");
        assertThat(gateways.uri()).isEqualTo(uri("gateways/"));
        assertThat(gateways.retrieve().list()).isEmpty();
        api.login("admin", "admin");
        Resource gw = gateways.create("name", "gw-1", "description", "a new kind of resource");
        assertThat(gw.uri().toString()).startsWith(uri("gateways/").toString());
        assertThat(gw.manager()).isSameAs(gateways);
        assertThat(gateways.filter("name", "gw-1").list()).containsExactly(gw);
    }

    @Test
    void anUnknownManagerSaysWhatThereIs() {
        assertThatThrownBy(() -> api.manager("routers")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("has no collection routers").hasMessageContaining("nodes");
    }

    @Test
    void nothingIsFetchedUntilNeeded() {
        long before = controller.faults().requests();
        ResourceCollection lazy = Api.of(controller.baseUri(), options().build()).manager("nodes")
                .filter("group__name", "vct");
        long afterDiscovery = controller.faults().requests();
        assertThat(afterDiscovery - before).isEqualTo(1); // only the base resource
        assertThat(lazy.size()).isEqualTo(1);
        assertThat(controller.faults().requests()).isGreaterThan(afterDiscovery);
    }

    @Test
    void resourcesDiscoverTheirActionsFromTheirOwnLinkHeader() {
        Resource node = api.manager("nodes").get("id", 1413);
        assertThat(node.actions()).containsKey("reboot");
        Resource slice = api.manager("slices").get("id", 7);
        assertThat(slice.actions()).containsKeys("renew", "reset", "upload_overlay", "upload_exp_data");
        Resource sliver = api.manager("slivers").get(uri("slivers/42/"));
        assertThat(sliver.actions()).containsKeys("update", "upload_overlay", "upload_exp_data");
    }
}
