package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import occi.platform.testing.LauncherProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported jar while it starts: from the first connection its HTTP server accepts until it is
 * up, every request gets 503 with {@code Retry-After} (platform.runtime's JettyStartingGate, ahead of
 * Felix HTTP's dispatcher), never the HTTP server's own 404 nor a half-deployed application's 404 or
 * 500; on HTTPS too, and across a restart of the HTTP server by its configuration; afterwards it
 * serves; and its own CONFINE testbed backend, which reads the local controller over loopback while
 * the container starts, waits without a warning.
 */
class StartingIT {

    static final Duration DEADLINE = Duration.ofSeconds(90);
    static final String COMPUTE = "Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"\n";
    static final String GATED = "503 Retry-After ";
    static final String NO_ANSWER = "no answer within 10 s ";

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(180)
    void requestsOnLoopbackGet503UntilTheContainerIsUpAndTheLogStaysQuiet(@TempDir Path folder) throws Exception {
        int port = LauncherJarIT.freePort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        Path jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
        try (LauncherProcess launcher = LauncherProcess.start(jar, folder, DEADLINE, "-Dorg.osgi.service.http.port=" + port,
                "-Dgosh.args=--nointeractive")) {
            List<String> early = probeUntilUp(launcher, http, List.of(base));
            launcher.awaitUp();

            assertGatedThenServed(early);
            HttpResponse<String> created = http.send(HttpRequest.newBuilder(base.resolve("compute/after-up"))
                    .header("Content-Type", "text/plain").PUT(HttpRequest.BodyPublishers.ofString(COMPUTE)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

            // the testbed backend read the local controller's templates once the container was up, quietly
            launcher.awaitLine(l -> l.contains("templates now"), 0, "the CONFINE templates read");
            assertThat(launcher.lines()).as("nothing at WARN or ERROR, no stack trace:\n" + String.join("\n", launcher.lines()))
                    .noneMatch(l -> l.startsWith("\tat ") || l.contains(" ERROR ") || l.contains(" WARN "));
        }
    }

    /**
     * HTTPS has the gate as HTTP has; and a configuration for the HTTP server in {@code conf/}
     * restarts it while the container starts (Felix HTTP's ManagedService): the restarted server
     * tracks the gate again before its port opens.
     */
    @Test
    @Timeout(180)
    void httpsAndARestartOfTheHttpServerWhileStartingKeepTheGate(@TempDir Path folder) throws Exception {
        Files.createDirectories(folder.resolve("conf"));
        Files.writeString(folder.resolve("conf/org.apache.felix.http.cfg"), "org.apache.felix.http.session.timeout=30\n");
        TestKeystore keystore = TestKeystore.create(folder);
        int port = LauncherJarIT.freePort();
        int securePort = LauncherJarIT.freePort();
        List<String> options = new ArrayList<>(List.of("-Dorg.osgi.service.http.port=" + port, "-Dgosh.args=--nointeractive"));
        options.addAll(keystore.options(securePort));
        Path jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
        try (LauncherProcess launcher = LauncherProcess.start(jar, folder, DEADLINE, options.toArray(String[]::new))) {
            HttpClient https = HttpClient.newBuilder().sslContext(keystore.trusting()).connectTimeout(Duration.ofSeconds(5)).build();
            List<String> early = new ArrayList<>();
            early.addAll(probeUntilUp(launcher, https, List.of(URI.create("https://127.0.0.1:" + securePort + "/"),
                    URI.create("http://127.0.0.1:" + port + "/"))));
            int up = launcher.awaitUp();

            // a request sent just as the server stops may go unanswered (not a wrong answer)
            assertGatedThenServed(early.stream().filter(a -> !a.startsWith(NO_ANSWER)).toList());
            assertThat(early).as("answers on HTTPS").anyMatch(a -> a.startsWith(GATED + "https:"));
            List<String> beforeUp = launcher.lines().subList(0, up);
            int restarted = indexOf(beforeUp, "Stopped Jetty.");
            assertThat(restarted).as("the HTTP server restarted while the container started:\n" + String.join("\n", beforeUp))
                    .isNotNegative();
            assertThat(beforeUp.subList(restarted, beforeUp.size())).as("and started again").anyMatch(l -> l.contains("Started Jetty"));
        }
    }

    /**
     * Sends requests to each base (an OCCI create, the status resource, the local CONFINE controller)
     * until the launcher says it is up; the answers as "status [Retry-After] scheme: path". A refused
     * connection (the port is not open yet, or the HTTP server is restarting) or one the stopping
     * server closes is no answer.
     */
    private static List<String> probeUntilUp(LauncherProcess launcher, HttpClient client, List<URI> bases) throws Exception {
        List<String> early = new ArrayList<>();
        long end = System.nanoTime() + DEADLINE.toNanos();
        int n = 0;
        while (launcher.lines().stream().noneMatch(l -> l.endsWith(LauncherProcess.UP)) && System.nanoTime() < end) {
            for (URI base : bases) {
                for (HttpRequest request : List.of(
                        HttpRequest.newBuilder(base.resolve("compute/early-" + n++)).header("Content-Type", "text/plain")
                                .PUT(HttpRequest.BodyPublishers.ofString(COMPUTE)).timeout(Duration.ofSeconds(10)).build(),
                        HttpRequest.newBuilder(base.resolve("system/status")).timeout(Duration.ofSeconds(10)).build(),
                        HttpRequest.newBuilder(base.resolve("confine/api/nodes/1413/")).timeout(Duration.ofSeconds(10)).build())) {
                    try {
                        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
                        String retry = response.headers().firstValue("Retry-After").map(v -> " Retry-After").orElse("");
                        early.add(response.statusCode() + retry + " " + request.uri().getScheme() + ": " + request.uri().getPath()
                                + (response.statusCode() >= 400 && retry.isEmpty() ? " " + response.body() : ""));
                    } catch (HttpTimeoutException noAnswer) {
                        early.add(NO_ANSWER + request.uri());
                    } catch (ConnectException notListening) {
                        // the HTTP server starts in the second start level, and closes its port while it restarts
                    } catch (IOException closedByTheStoppingServer) {
                        // a restart of the HTTP server closes the connections it has
                    }
                }
            }
            TimeUnit.MILLISECONDS.sleep(50); // an external process: no event to wait on
        }
        return early;
    }

    /**
     * 503 with Retry-After from the first answer on, then (the report is read a moment after the
     * container is up) only real answers: no 404 at any time.
     */
    private static void assertGatedThenServed(List<String> early) {
        assertThat(early).as("answers while starting").isNotEmpty();
        assertThat(early.get(0)).as("the first answer: " + early).startsWith(GATED);
        int served = early.indexOf(early.stream().filter(a -> !a.startsWith(GATED)).findFirst().orElse(null));
        List<String> after = served < 0 ? List.of() : early.subList(served, early.size());
        assertThat(after).as("answers once the gate opened, of " + early).allMatch(a -> a.startsWith("200 ") || a.startsWith("201 "));
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
