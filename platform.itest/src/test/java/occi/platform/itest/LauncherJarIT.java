package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import occi.platform.testing.LauncherProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported jar as a user runs it: {@code java -jar launcher.jar} in a folder of
 * its own, first 200 on the status resource, then SIGTERM (as a service manager stops it;
 * the jar has no terminal here), which must end the process with exit code 0 and no stack trace.
 */
class LauncherJarIT {

    static final Duration START_DEADLINE = Duration.ofSeconds(60);

    @TempDir
    Path workingDirectory;

    @Test
    void startsServesAndStopsCleanly() throws Exception {
        int port = freePort();
        try (LauncherProcess launcher = start(port)) {
            URI status = URI.create("http://127.0.0.1:" + port + "/system/status");
            assertThat(firstAnswer(status, 200)).isEqualTo(200);
            assertThat(Files.isDirectory(workingDirectory.resolve("deploy"))).isTrue();
            assertThat(Files.isDirectory(workingDirectory.resolve("conf"))).isTrue();
            // the status resource answers 200 only once every bundle has started (503 before, see
            // StartingIT); "is up" is printed at that moment
            launcher.awaitUp();

            int exit = launcher.stop();
            List<String> output = launcher.lines();
            assertThat(exit).as(String.join("\n", output)).isZero();
            assertThat(output).as("start-up report").anyMatch(l -> l.contains("OCCI base") && l.contains(":" + port + "/"));
            assertThat(output).as("no stack trace").noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
        }
    }

    @Test
    void onANonLoopbackAddressTheConsoleRefusesTheShippedPassword() throws Exception {
        int port = freePort();
        // listens on every address; the test itself talks to loopback only
        try (LauncherProcess launcher = start(port, "-Dorg.apache.felix.http.host=0.0.0.0", "-Dgosh.args=--nointeractive")) {
            // not on loopback only: anonymous requests need credentials (occi.security's AUTO mode)
            assertThat(firstAnswer(URI.create("http://127.0.0.1:" + port + "/system/status"), 401)).isEqualTo(401);
            String line = launcher.lines().get(launcher.awaitLine(l -> l.contains("Web console password"), 0, "the generated console password") - 1);
            String generated = line.substring(line.lastIndexOf(' ') + 1);
            URI console = URI.create("http://127.0.0.1:" + port + "/system/console/bundles");

            // the console applies its new configuration asynchronously: wait for the generated password to work
            assertThat(untilConsoleStatus(console, "admin", generated, 200)).isEqualTo(200);
            assertThat(consoleStatus(console, "admin", "admin")).isEqualTo(401);
        }
    }

    @Test
    void servesHttpsFromAConfiguredKeystore() throws Exception {
        TestKeystore keystore = TestKeystore.create(workingDirectory);
        int port = freePort();
        int securePort = freePort();
        List<String> options = new ArrayList<>(List.of("-Dgosh.args=--nointeractive"));
        options.addAll(keystore.options(securePort));
        try (LauncherProcess launcher = start(port, options.toArray(String[]::new))) {
            HttpClient https = HttpClient.newBuilder().sslContext(keystore.trusting()).build();
            URI status = URI.create("https://127.0.0.1:" + securePort + "/system/status");
            assertThat(firstAnswer(URI.create("http://127.0.0.1:" + port + "/system/status"), 200)).isEqualTo(200);
            // the JAX-RS whiteboard re-deploys its application as later bundles add resources:
            // a request in that window may find no resource; "is up" says every bundle has started
            launcher.awaitUp();

            HttpResponse<String> response = https.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(response.statusCode()).as(String.join("\n", launcher.lines())).isEqualTo(200);
            assertThat(response.body()).contains("\"symbolicName\":\"platform.runtime\"");
        }
    }

    private LauncherProcess start(int port, String... options) throws IOException {
        Path jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
        assertThat(jar).exists();
        List<String> all = new ArrayList<>(List.of("-Dorg.osgi.service.http.port=" + port));
        all.addAll(List.of(options));
        return LauncherProcess.start(jar, workingDirectory, START_DEADLINE, all.toArray(String[]::new));
    }

    private static int untilConsoleStatus(URI console, String user, String password, int expected) throws Exception {
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        int status;
        do {
            status = consoleStatus(console, user, password);
        } while (status != expected && System.nanoTime() < deadline && pause());
        return status;
    }

    private static boolean pause() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(100); // an external process: no service event to wait on
        return true;
    }

    private static int consoleStatus(URI console, String user, String password) throws Exception {
        String credentials = java.util.Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(console).header("Authorization", "Basic " + credentials).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Retries until the server answers, within the deadline; a refused connection means not up yet. */
    static int firstAnswer(URI uri, int expected) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        while (true) {
            try {
                HttpResponse<Void> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == expected || System.nanoTime() > deadline) {
                    return response.statusCode();
                }
            } catch (ConnectException notYetListening) {
                if (System.nanoTime() > deadline) {
                    throw notYetListening;
                }
            }
            TimeUnit.MILLISECONDS.sleep(200); // an external process: no service event to wait on
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
