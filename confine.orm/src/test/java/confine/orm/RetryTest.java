package confine.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import confine.controller.ControllerOptions;
import confine.controller.LocalController;
import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryTest extends LocalControllerTest {

    @Test
    void aGetIsRetriedAfter503s() {
        api.retrieve();
        controller.faults().failNext(2, 503);
        long before = controller.faults().requests();
        assertThat(api.get(uri(NODE_1413)).string("name")).isEqualTo("node-1413");
        assertThat(controller.faults().requests() - before).isEqualTo(3);
    }

    @Test
    void aPostActionIsNeverRetried() {
        api.login("vct", "vct");
        Resource node = api.get(uri(NODE_1413));
        node.actions();
        controller.faults().failNext(1, 503);
        long before = controller.faults().requests();
        assertThatThrownBy(() -> node.invoke("reboot")).isInstanceOfSatisfying(ResponseStatusException.class,
                e -> assertThat(e.status()).isEqualTo(503));
        assertThat(controller.faults().requests() - before).isEqualTo(1);
    }

    @Test
    void aDroppedConnectionIsRetriedForAGetOnly() {
        api.login("vct", "vct");
        Resource node = api.get(uri(NODE_1413));
        node.actions();
        controller.faults().dropNext(1);
        assertThat(node.refresh().string("name")).isEqualTo("node-1413");
        controller.faults().dropNext(1);
        assertThatThrownBy(() -> node.invoke("reboot")).isInstanceOf(UnreachableException.class)
                .hasMessageContaining("a POST is never retried");
    }

    @Test
    void retriesEndAndSayWhy() {
        try (Api once = Api.of(controller.baseUri(), options().maxRetries(1).build())) {
            once.retrieve();
            controller.faults().failNext(5, 503);
            long before = controller.faults().requests();
            assertThatThrownBy(() -> once.get(uri(NODE_1413))).isInstanceOf(ResponseStatusException.class)
                    .hasMessageStartingWith(uri(NODE_1413) + " 503 SERVICE UNAVAILABLE (!= 200)");
            assertThat(controller.faults().requests() - before).isEqualTo(2);
        }
    }

    @Test
    void anUnreachableControllerIsAClearError() throws Exception {
        URI gone;
        try (LocalController shortLived = LocalController.start(ControllerOptions.defaults())) {
            gone = shortLived.baseUri();
        }
        try (Api nowhere = Api.of(gone, options().maxRetries(2).connectTimeout(Duration.ofSeconds(2)).build())) {
            assertThatThrownBy(nowhere::retrieve).isInstanceOf(UnreachableException.class)
                    .hasMessageStartingWith("Cannot reach the CONFINE controller: GET " + gone)
                    .hasMessageContaining("(3 attempts)");
        }
    }

    @Test
    void aSlowAnswerTimesOut() {
        try (Api impatient = Api.of(controller.baseUri(),
                options().requestTimeout(Duration.ofMillis(200)).maxRetries(0).build())) {
            impatient.retrieve();
            controller.faults().latency(Duration.ofMillis(1000));
            assertThatThrownBy(() -> impatient.get(uri(NODE_1413))).isInstanceOf(UnreachableException.class)
                    .hasMessageContaining("timed out");
        }
    }
}
