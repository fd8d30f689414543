package confine.orm;

import confine.controller.ControllerOptions;
import confine.controller.LocalController;
import confine.controller.Seed;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;

/**
 * A local controller on a random loopback port for the whole class, seeded again
 * before each test, and a fresh {@link Api} session on it per test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class LocalControllerTest {

    static final String NODE_1413 = "nodes/1413/";

    LocalController controller;
    Api api;

    /** The testbed each test starts from. */
    Seed seed() {
        return Seed.fixtures();
    }

    ApiOptions.Builder options() {
        return ApiOptions.builder().retryBackoff(java.time.Duration.ofMillis(10));
    }

    @BeforeAll
    void startController() throws Exception {
        controller = LocalController.start(ControllerOptions.defaults().seed(seed()));
    }

    @BeforeEach
    void connect() {
        controller.faults().clear();
        controller.testbed().reset(seed());
        api = Api.of(controller.baseUri(), options().build());
    }

    @AfterEach
    void disconnect() {
        api.close();
    }

    @AfterAll
    void stopController() throws Exception {
        controller.close();
    }

    URI uri(String relative) {
        return controller.baseUri().resolve(relative);
    }
}
