package confine.orm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class IdentityMapTest extends LocalControllerTest {

    @Test
    void theSameUriIsTheSameObjectHoweverItIsReached() {
        Resource byUri = api.get(uri(NODE_1413));
        Resource byLookup = api.manager("nodes").get("id", 1413);
        Resource inList = api.manager("nodes").retrieve().list().stream()
                .filter(n -> n.uri().equals(uri(NODE_1413))).findFirst().orElseThrow();
        Resource throughSliver = api.get(uri("slivers/42/")).resource("node");
        Resource throughSlice = api.manager("slices").get("id", 7).related("slivers").list().get(0).resource("node");
        assertThat(byLookup).isSameAs(byUri).isSameAs(inList).isSameAs(throughSliver).isSameAs(throughSlice);
        assertThat(byUri.resource("group")).isSameAs(api.manager("groups").get("name", "vct"));
    }

    @Test
    void aReferenceIsFetchedOnFirstAccessOnly() {
        Resource node = api.get(uri(NODE_1413));
        Resource group = node.resource("group");
        assertThat(group.loaded()).isFalse();
        long before = controller.faults().requests();
        assertThat(group.string("name")).isEqualTo("vct");
        assertThat(group.string("description")).isNotNull();
        assertThat(node.resource("group").string("name")).isEqualTo("vct");
        assertThat(controller.faults().requests() - before).isEqualTo(1);
    }

    @Test
    void aStaleEntryIsRefreshedOnDemand() throws InterruptedException {
        try (Api quick = Api.of(controller.baseUri(), options().identityMapExpiry(Duration.ofSeconds(1)).build())) {
            Resource node = quick.get(uri(NODE_1413));
            controller.testbed().update("nodes", 1413, n -> n.put("description", "changed on the controller"));
            assertThat(node.string("description")).isEmpty();           // still fresh: no request
            Thread.sleep(1200);                                          // let the entry expire
            assertThat(node.string("description")).isEqualTo("changed on the controller");
            assertThat(quick.get(uri(NODE_1413))).isSameAs(node);
        }
    }

    @Test
    void withoutExpiryOnlyRefreshFetchesAgain() {
        try (Api kept = Api.of(controller.baseUri(), options().noIdentityMapExpiry().build())) {
            Resource node = kept.get(uri(NODE_1413));
            controller.testbed().update("nodes", 1413, n -> n.put("description", "changed"));
            assertThat(kept.get(uri(NODE_1413)).string("description")).isEmpty();
            assertThat(node.refresh().string("description")).isEqualTo("changed");
        }
    }

    @Test
    void aDeletedResourceIsDropped() {
        api.login("vct", "vct");
        Resource node = api.get(uri(NODE_1413));
        Resource sliver = api.get(uri("slivers/42/"));
        assertThat(node.related("slivers").list()).containsExactly(sliver);
        sliver.delete();
        assertThat(sliver.deleted()).isTrue();
        assertThat(node.related("slivers").list()).isEmpty();   // the list the session holds forgot it too
        assertThat(controller.testbed().get("slivers", 42)).isEmpty();
        Resource again = api.manager("slivers").all().list().stream().filter(s -> s.uri().equals(sliver.uri()))
                .findFirst().orElse(null);
        assertThat(again).isNull();
    }

    @Test
    void clearingTheMapGivesNewObjects() {
        Resource node = api.get(uri(NODE_1413));
        api.clearIdentityMap();
        assertThat(api.get(uri(NODE_1413))).isNotSameAs(node);
    }
}
