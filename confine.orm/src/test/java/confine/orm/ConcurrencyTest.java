package confine.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import confine.controller.Seed;
import confine.orm.internal.ApiImpl;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bulk operations: concurrent, bounded per host, and every result reported. */
class ConcurrencyTest extends LocalControllerTest {

    @Override
    Seed seed() {
        return Seed.generated(100, 50, 10); // 500 generated slivers, plus sample sliver 42
    }

    @Override
    ApiOptions.Builder options() {
        return super.options().maxInFlightPerHost(16);
    }

    @Test
    void fiveHundredSliversUpdatedConcurrentlyWithLatency() {
        api.login("admin", "admin");
        List<Resource> slivers = api.manager("slivers").exclude("id", 42).list();
        assertThat(slivers).hasSize(500);
        controller.faults().latency(Duration.ofMillis(20));
        Outcome outcome = api.set(slivers).update("description", "updated concurrently");
        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.size()).isEqualTo(500);
        assertThat(outcome.successes().keySet()).containsExactlyElementsOf(slivers);
        controller.faults().clear();
        assertThat(controller.testbed().list("slivers")).filteredOn(s -> s.path("id").asLong() != 42)
                .allSatisfy(s -> assertThat(s.path("description").asText()).isEqualTo("updated concurrently"));
        int peak = ((ApiImpl) api).peakInFlight();
        assertThat(peak).isLessThanOrEqualTo(16).isGreaterThan(1);
    }

    @Test
    void oneFailureHidesNoOtherResult() {
        api.login("admin", "admin");
        List<Resource> slivers = api.manager("slivers").all().list().subList(0, 100);
        controller.faults().failNext(3, 500);
        Outcome outcome = api.set(slivers).updateAsync(Map.of("description", "partly")).join();
        assertThat(outcome.failures()).hasSize(3);
        assertThat(outcome.successes()).hasSize(97);
        assertThat(outcome.failures().values()).allSatisfy(e -> assertThat(e)
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("500 INTERNAL SERVER ERROR"));
        assertThat(outcome.toString()).startsWith("97 succeeded, 3 failed");
        // the blocking form throws, carrying the whole outcome
        controller.faults().failNext(1, 500);
        assertThatThrownBy(() -> api.set(slivers).update("description", "again"))
                .isInstanceOfSatisfying(PartialFailureException.class, e -> {
                    assertThat(e.outcome().successes()).hasSize(99);
                    assertThat(e.outcome().failures()).hasSize(1);
                });
    }

    @Test
    void aSetOfDifferentKindsOfResources() {
        api.login("admin", "admin");
        Resource node = api.get(uri(NODE_1413));
        Resource slice = api.manager("slices").get("id", 7);
        Resource sliver = api.get(uri("slivers/42/"));
        ResourceSet set = api.set(node, slice, sliver);
        assertThat(set.update("description", "tagged").size()).isEqualTo(3);
        assertThat(controller.testbed().get("slices", 7).orElseThrow().path("description").asText()).isEqualTo("tagged");
        controller.testbed().update("nodes", 1413, n -> n.put("description", "changed behind our back"));
        set.refresh();
        assertThat(node.string("description")).isEqualTo("changed behind our back");
        // reboot exists on the node only: the others fail, reported together
        Outcome reboot = set.invokeAsync("reboot", null).join();
        assertThat(reboot.successes()).containsOnlyKeys(node);
        assertThat(reboot.failures()).containsOnlyKeys(slice, sliver);
    }

    @Test
    void bulkActionsOnACollection() {
        api.login("admin", "admin");
        ResourceCollection deploying = api.manager("slices").filter("set_state", "register");
        Outcome renewed = deploying.invoke("renew");
        assertThat(renewed.size()).isEqualTo(deploying.size());
        assertThat(renewed.successes().values()).allSatisfy(r -> assertThat(r.path("detail").asText())
                .isEqualTo("Slice renewed for 30 days"));
    }
}
