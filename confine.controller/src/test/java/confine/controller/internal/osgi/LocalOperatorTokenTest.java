package confine.controller.internal.osgi;

import static org.assertj.core.api.Assertions.assertThat;

import confine.controller.Seed;
import confine.controller.internal.ControllerCore;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The container's controller gives its operator's token only while every JAX-RS runtime listens on loopback. */
class LocalOperatorTokenTest {

    @TempDir
    Path data;

    @Test
    void onlyWhileEveryListenerIsOnLoopback() {
        ListenerExposure exposure = new ListenerExposure();
        ControllerComponent.Registered controller = new ControllerComponent.Registered("/confine/api/", new ControllerCore(data, Seed.fixtures()),
                exposure);
        assertThat(controller.localOperatorToken()).as("no listener known yet: exposed").isEmpty();

        exposure.runtime(1, new String[] {"http://127.0.0.1:8080/"});
        String token = controller.localOperatorToken().orElseThrow();
        assertThat(token).isEqualTo(controller.testbed().token("admin"));

        exposure.runtime(2, "http://0.0.0.0:8443/");
        assertThat(controller.localOperatorToken()).as("one listener beyond loopback").isEmpty();
        exposure.runtimeGone(2);
        assertThat(controller.localOperatorToken()).isPresent();
    }
}
