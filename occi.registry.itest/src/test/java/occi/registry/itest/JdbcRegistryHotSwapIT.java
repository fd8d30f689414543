package occi.registry.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A running container on the in-memory registry switches to the JDBC registry when its
 * bundles are dropped into deploy/, without a restart; what each registry keeps follows.
 */
class JdbcRegistryHotSwapIT {

    @TempDir
    Path folder;

    @Test
    void deployingTheJdbcRegistryIntoARunningContainerSwitchesTheServerToIt() throws Exception {
        String inMemoryPath;
        String jdbcPath;
        try (LaunchedContainer container = LaunchedContainer.start(folder)) {
            int seen = container.awaitLine(LaunchedContainer.IN_MEMORY, 0);
            container.awaitOcci();
            inMemoryPath = LaunchedContainer.path(created(container, "kept in memory"));

            LaunchedContainer.deployJdbcRegistry(folder.resolve("deploy"));
            container.awaitLine(LaunchedContainer.JDBC, seen);

            // the JDBC registry starts from its own (empty) database: nothing is copied over
            assertThat(container.get(inMemoryPath).statusCode()).isEqualTo(404);
            jdbcPath = LaunchedContainer.path(created(container, "kept in H2"));
            assertThat(container.get(jdbcPath).body()).contains("kept in H2");
            assertThat(Files.exists(folder.resolve("data/registry/occi.mv.db"))).isTrue();
            assertThat(container.stop()).as(container.output()).isZero();
        }

        try (LaunchedContainer restarted = LaunchedContainer.start(folder)) {
            int seen = restarted.awaitLine(LaunchedContainer.JDBC, 0);
            restarted.awaitOcci();
            assertThat(restarted.get(jdbcPath).statusCode()).isEqualTo(200);
            assertThat(restarted.get(inMemoryPath).statusCode()).isEqualTo(404);

            // taking the bundle away falls back to the (empty) in-memory registry; the H2 file stays
            Files.delete(folder.resolve("deploy/occi.registry.jdbc-0.1.0-SNAPSHOT.jar"));
            restarted.awaitLine(LaunchedContainer.IN_MEMORY, seen);
            assertThat(restarted.get(jdbcPath).statusCode()).isEqualTo(404);
            assertThat(Files.exists(folder.resolve("data/registry/occi.mv.db"))).isTrue();
            assertThat(restarted.stop()).isZero();
        }
    }

    private static java.net.http.HttpResponse<String> created(LaunchedContainer container, String title) throws Exception {
        java.net.http.HttpResponse<String> response = container.create(title);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response;
    }
}
