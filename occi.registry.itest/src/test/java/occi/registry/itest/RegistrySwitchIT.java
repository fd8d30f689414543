package occi.registry.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported container as a user runs it: the JDBC registry (H2 file) is the default and
 * keeps resources across restarts; a configuration file chooses the in-memory registry and
 * back without a restart; a container whose JDBC registry bundle was uninstalled switches
 * to it again when the bundle is dropped into deploy/. Entities are never copied between
 * registries: each keeps its own.
 */
class RegistrySwitchIT {

    /** A typed configuration file: in a .cfg file every value is a string, and OSGi counts a string ranking as 0. */
    private static final String MEMORY_CONFIG = "occi.registry.memory.config";
    private static final String MEMORY_FIRST = "service.ranking=I\"1000\"\n";

    @TempDir
    Path folder;

    @Test
    void theJdbcRegistryIsTheDefaultAndKeepsResourcesAcrossARestart() throws Exception {
        String kept;
        try (LaunchedContainer container = LaunchedContainer.start(folder)) {
            container.awaitLine(LaunchedContainer.JDBC, 0);
            container.awaitOcci();
            kept = LaunchedContainer.path(created(container, "kept in H2"));
            assertThat(Files.exists(folder.resolve("data/registry/occi.mv.db"))).isTrue();
            assertThat(container.stop()).as(container.output()).isZero();
        }
        try (LaunchedContainer restarted = LaunchedContainer.start(folder)) {
            restarted.awaitLine(LaunchedContainer.JDBC, 0);
            restarted.awaitOcci();
            assertThat(restarted.get(kept).body()).contains("kept in H2");
            assertThat(restarted.stop()).isZero();
        }
    }

    @Test
    void aConfigurationFileSwitchesToTheInMemoryRegistryAndBackWithoutARestart() throws Exception {
        try (LaunchedContainer container = LaunchedContainer.start(folder)) {
            int seen = container.awaitLine(LaunchedContainer.JDBC, 0);
            container.awaitOcci();
            String inH2 = LaunchedContainer.path(created(container, "kept in H2"));

            Path config = folder.resolve("conf").resolve(MEMORY_CONFIG);
            Files.createDirectories(config.getParent());
            Files.writeString(config, MEMORY_FIRST);
            seen = container.awaitLine(LaunchedContainer.IN_MEMORY, seen);
            assertThat(container.get(inH2).statusCode()).as("the in-memory registry has its own entities").isEqualTo(404);
            String inMemory = LaunchedContainer.path(created(container, "kept in memory"));

            Files.delete(config);
            seen = container.awaitLine(LaunchedContainer.JDBC, seen);
            assertThat(container.get(inH2).body()).contains("kept in H2");
            assertThat(container.get(inMemory).statusCode()).isEqualTo(404);

            // the in-memory registry was re-ranked, not restarted: what it holds is still there
            Files.writeString(config, MEMORY_FIRST);
            container.awaitLine(LaunchedContainer.IN_MEMORY, seen);
            assertThat(container.get(inMemory).body()).contains("kept in memory");
            assertThat(container.stop()).isZero();
        }
    }

    @Test
    void droppingTheJdbcRegistryIntoDeploySwitchesARunningContainerToIt() throws Exception {
        try (LaunchedContainer container = LaunchedContainer.start(folder)) {
            int seen = container.awaitLine(LaunchedContainer.JDBC, 0);
            container.awaitOcci();
            String inH2 = LaunchedContainer.path(created(container, "kept in H2"));

            container.uninstallBundle("occi.registry.jdbc");
            seen = container.awaitLine(LaunchedContainer.IN_MEMORY, seen);
            assertThat(container.get(inH2).statusCode()).isEqualTo(404);
            String inMemory = LaunchedContainer.path(created(container, "kept in memory"));

            LaunchedContainer.deployJdbcRegistry(folder.resolve("deploy"));
            container.awaitLine(LaunchedContainer.JDBC, seen);
            assertThat(container.get(inH2).body()).as("the H2 file outlived the bundle").contains("kept in H2");
            assertThat(container.get(inMemory).statusCode()).isEqualTo(404);
            assertThat(container.stop()).isZero();
        }
    }

    private static HttpResponse<String> created(LaunchedContainer container, String title) throws Exception {
        HttpResponse<String> response = container.create(title);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }
}
