package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import occi.platform.testing.LauncherProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Configuration as a user of the exported jar relies on it, over two starts in one folder:
 * a configuration made in the web console alone survives a stop (SIGTERM) and a new start;
 * a configuration file in {@code conf/} is in place before the component it configures
 * activates (the JDBC registry opens the configured database first, never the default) and
 * before "is up"; the container never writes to the user's file, and the file wins over a
 * console edit at the next start.
 */
class ConfigAcrossRestartsIT {

    private static final String JDBC_CFG = "url=jdbc:h2:./data/registry/configured\npoolSize=3\n";
    private static final String MEMORY_CONFIG = "service.ranking=I\"1000\"\n";
    private static final String IN_MEMORY = "occi.server.internal.registry.InMemoryRegistry";

    @TempDir
    Path folder;

    @Test
    void consoleConfigurationsSurviveARestartAndConfFilesComeFirstAndStayUntouched() throws Exception {
        Path conf = Files.createDirectories(folder.resolve("conf"));
        Files.writeString(conf.resolve("occi.registry.jdbc.cfg"), JDBC_CFG);
        Files.writeString(conf.resolve("occi.registry.memory.config"), MEMORY_CONFIG);

        int port = LauncherJarIT.freePort();
        List<String> first = run(port, console -> {
            console.apply("confine.occi.local", "freshness.ms=1234");  // the console alone
            // backed by conf/; the console's form posts every property it shows (a missing one is removed)
            console.apply("occi.registry.jdbc", "url=jdbc:h2:./data/registry/configured", "poolSize=4");
        });
        assertThat(registryOpenings(first)).as(String.join("\n", first))
                .containsExactly("jdbc:h2:./data/registry/configured (pool of 3", "jdbc:h2:./data/registry/configured (pool of 4");
        assertThat(first.indexOf(first.stream().filter(l -> l.contains("(pool of 3")).findFirst().orElseThrow()))
                .as("configured before 'is up'").isLessThan(upLine(first));

        assertThat(first.subList(0, upLine(first))).as("the typed .config file made the in-memory registry the one in use")
                .anyMatch(l -> l.contains("registry in use: " + IN_MEMORY));

        // removed while the container is stopped: its configuration must go with it
        Files.delete(conf.resolve("occi.registry.memory.config"));
        List<String> second = run(port, console ->
                assertThat(console.get("confine.occi.local.json")).contains("\"freshness.ms\"")
                        .containsPattern("\"freshness\\.ms\":\\{[^}]*\"is_set\":true[^}]*\"value\":1234"));
        assertThat(registryOpenings(second)).as("the file wins over the console edit; never the default first")
                .containsExactly("jdbc:h2:./data/registry/configured (pool of 3");
        assertThat(Files.readString(conf.resolve("occi.registry.jdbc.cfg"))).as("never written").isEqualTo(JDBC_CFG);
        assertThat(second.subList(0, upLine(second))).as("no configuration left from the removed file")
                .noneMatch(l -> l.contains("registry in use: " + IN_MEMORY))
                .anyMatch(l -> l.contains("registry in use: occi.registry.jdbc."));
    }

    private static List<String> registryOpenings(List<String> output) {
        String marker = "JDBC registry ready at ";
        return output.stream().filter(l -> l.contains(marker))
                .map(l -> l.substring(l.indexOf(marker) + marker.length()).replaceAll(", ranking.*", "")).toList();
    }

    private static int upLine(List<String> output) {
        for (int i = 0; i < output.size(); i++) {
            if (output.get(i).endsWith(LauncherProcess.UP)) {
                return i;
            }
        }
        throw new AssertionError("no start-up report in:\n" + String.join("\n", output));
    }

    interface ConsoleSteps {
        void run(Console console) throws Exception;
    }

    /** Starts the jar, waits for "is up", runs the steps, stops it with SIGTERM; returns the output. */
    private List<String> run(int port, ConsoleSteps steps) throws Exception {
        try (LauncherProcess launcher = LauncherProcess.start(Path.of(System.getProperty("launcher.jar")), folder,
                LauncherJarIT.START_DEADLINE, "-Dorg.osgi.service.http.port=" + port)) {
            launcher.awaitUp();
            steps.run(new Console(port));
            assertThat(launcher.stop()).as("exit code of a stop by SIGTERM").isZero();
            return launcher.lines();
        }
    }

    /** The web console's configuration manager, as its form posts it. */
    private record Console(int port) {
        private static final String AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

        void apply(String pid, String... properties) throws Exception {
            StringBuilder form = new StringBuilder("apply=true&propertylist=");
            form.append(String.join(",", java.util.Arrays.stream(properties).map(p -> p.substring(0, p.indexOf('='))).toList()));
            for (String property : properties) {
                int eq = property.indexOf('=');
                form.append('&').append(property, 0, eq).append('=')
                        .append(java.net.URLEncoder.encode(property.substring(eq + 1), StandardCharsets.UTF_8));
            }
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri(pid))
                    .header("Authorization", AUTH).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as("console answer to the configuration of " + pid).isIn(200, 302);
        }

        /**
         * The console answers 500 for a moment after start (its configuration plugin is not yet
         * tracking Config Admin): asks again, a short while apart, until 200 or the deadline.
         */
        String get(String path) throws Exception {
            long deadline = System.nanoTime() + LauncherJarIT.START_DEADLINE.toNanos();
            while (true) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(
                        HttpRequest.newBuilder(uri(path)).header("Authorization", AUTH).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 || System.nanoTime() > deadline) {
                    return response.body();
                }
                TimeUnit.MILLISECONDS.sleep(100); // an external process: no event to wait on
            }
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + "/system/console/configMgr/" + path);
        }
    }
}
