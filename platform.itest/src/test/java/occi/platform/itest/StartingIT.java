package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * The exported jar on loopback while it starts: from the moment its HTTP whiteboard dispatches
 * until it is up, every request gets 503 with {@code Retry-After}, never a half-deployed
 * application's 404 or 500; afterwards it serves; and its own CONFINE testbed backend, which reads
 * the local controller over loopback while the container starts, waits without a warning.
 */
class StartingIT {

    static final Duration DEADLINE = Duration.ofSeconds(90);
    static final String COMPUTE = "Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"\n";

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    @Timeout(180)
    void requestsOnLoopbackGet503UntilTheContainerIsUpAndTheLogStaysQuiet(@TempDir Path folder) throws Exception {
        int port = LauncherJarIT.freePort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        Path jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
        try (LauncherProcess launcher = LauncherProcess.start(jar, folder, DEADLINE, "-Dorg.osgi.service.http.port=" + port,
                "-Dgosh.args=--nointeractive")) {
            List<String> early = new ArrayList<>();
            long end = System.nanoTime() + DEADLINE.toNanos();
            int n = 0;
            while (launcher.lines().stream().noneMatch(l -> l.endsWith(LauncherProcess.UP)) && System.nanoTime() < end) {
                for (HttpRequest request : List.of(
                        HttpRequest.newBuilder(base.resolve("compute/early-" + n++)).header("Content-Type", "text/plain")
                                .PUT(HttpRequest.BodyPublishers.ofString(COMPUTE)).timeout(Duration.ofSeconds(10)).build(),
                        HttpRequest.newBuilder(base.resolve("system/status")).timeout(Duration.ofSeconds(10)).build(),
                        HttpRequest.newBuilder(base.resolve("confine/api/nodes/1413/")).timeout(Duration.ofSeconds(10)).build())) {
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        String retry = response.headers().firstValue("Retry-After").map(v -> " Retry-After").orElse("");
                        // the HTTP server's own 404 before its whiteboard dispatches anything (see below): Jetty's error
                        // page, which it writes for GET, HEAD and POST only
                        String server = response.statusCode() == 404 && (response.body().contains("HTTP ERROR 404")
                                || response.body().isEmpty() && request.method().equals("PUT")) ? " (no dispatch yet)" : "";
                        early.add(response.statusCode() + retry + server + " " + request.uri().getPath());
                    } catch (ConnectException notListeningYet) {
                        // the HTTP server starts in the second start level
                    }
                }
                TimeUnit.MILLISECONDS.sleep(50); // an external process: no event to wait on
            }
            launcher.awaitUp();

            // Before "is up" was read: 503 while starting, then (the report is read a moment after) real answers.
            // Only before the HTTP whiteboard has started to dispatch (it opens the port, then lets the JAX-RS
            // runtime set up on its own thread, and only then takes preprocessors and servlets) does the HTTP
            // server answer its own plain 404: no application is reached then.
            int gate = early.indexOf(early.stream().filter(a -> a.startsWith("503 Retry-After ")).findFirst()
                    .orElseThrow(() -> new AssertionError("no 503 while starting: " + early)));
            assertThat(early.subList(0, gate)).as("answers before the HTTP whiteboard dispatches").allMatch(a -> a.startsWith("404 (no dispatch yet) "));
            assertThat(early.subList(gate, early.size())).as("answers from the gate on")
                    .allMatch(a -> a.startsWith("503 Retry-After ") || a.startsWith("200 ") || a.startsWith("201 "));

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
}
