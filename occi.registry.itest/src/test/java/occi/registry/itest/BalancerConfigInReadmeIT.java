package occi.registry.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * README.md's "Scale out" section shows the balancer configuration {@link ScaleOutIT} runs:
 * the file the test reads, as it is, so that the two cannot drift apart.
 */
class BalancerConfigInReadmeIT {

    @Test
    void theReadmeShowsTheConfigurationTheScaleOutTestRuns() throws Exception {
        String config = Files.readString(Balancer.template());
        String readme = Files.readString(Path.of(System.getProperty("readme", "../README.md")));
        assertThat(readme).as("README.md shows %s in an nginx block", Balancer.template())
                .contains("```nginx\n" + config + "```\n");
    }
}
