package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import occi.platform.testing.LauncherProcess;
import occi.platform.testing.RetryWhileStarting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported jar as a service runs it: no terminal (standard input at its end at once, as
 * {@code </dev/null}) and no {@code gosh.args} given. It must keep serving without an
 * interactive shell, stop on SIGTERM with every bundle stopped and exit code 0, and keep what
 * it stored for the next start in the same folder.
 */
class HeadlessJarIT {

    static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final String KIND = "resource; scheme=\"http://schemas.ogf.org/occi/core#\"; class=\"kind\"";

    @TempDir
    Path folder;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void servesWithoutATerminalAndStopsOnSigtermKeepingItsData() throws Exception {
        int port = LauncherJarIT.freePort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        String location;
        try (LauncherProcess launcher = start(port)) {
            launcher.awaitUp();
            HttpResponse<String> created = send(HttpRequest.newBuilder(base.resolve("resource/"))
                    .header("Content-Type", "text/occi").header("Category", KIND)
                    .header("X-OCCI-Attribute", "occi.core.title=\"kept across a SIGTERM\"")
                    .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            location = URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();

            int exit = launcher.stop();

            List<String> output = launcher.lines();
            assertThat(exit).as(String.join("\n", output)).isZero();
            assertThat(output).as("headless start").anyMatch(l -> l.contains("No terminal: the Gogo shell reads no input"))
                    .noneMatch(l -> l.contains("gosh: stopping"));
            assertThat(output).as("the stop is logged").anyMatch(l -> l.contains("SIGTERM received: stopping every bundle"));
            assertThat(output).as("every bundle stopped").anyMatch(l -> l.startsWith("OCCI platform ")
                    && l.endsWith(" stopped: every bundle stopped, last start level first"));
            assertThat(output).as("no stack trace").noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception"));
        }

        try (LauncherProcess again = start(port)) {
            again.awaitUp();
            HttpResponse<String> kept = send(HttpRequest.newBuilder(base.resolve(location.substring(1)))
                    .header("Accept", "text/plain").timeout(Duration.ofSeconds(30)).build());
            assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
            assertThat(kept.body()).contains("kept across a SIGTERM");
            assertThat(again.stop()).isZero();
        }
    }

    private LauncherProcess start(int port) throws IOException {
        Path jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
        return LauncherProcess.start(jar, folder, DEADLINE, "-Dorg.osgi.service.http.port=" + port);
    }

    /** Sends; again while the container is still starting or deploying the OCCI resource, until the deadline ({@link RetryWhileStarting}). */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return RetryWhileStarting.send(http, request, DEADLINE);
    }
}
