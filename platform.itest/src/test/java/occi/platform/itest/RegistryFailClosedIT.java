package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import occi.platform.testing.LauncherProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second container started in the folder of a running one finds the H2 file locked: it
 * says so in its start-up report instead of "is up", and answers OCCI requests 503 with a
 * retry hint and the reason, rather than serving from memory what would be gone at restart.
 */
class RegistryFailClosedIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @Test
    @Timeout(180)
    void aSecondContainerOnTheSameH2FileRefusesToServeAndSaysWhy(@TempDir Path folder) throws Exception {
        Path jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
        try (LauncherProcess first = LauncherProcess.start(jar, folder, DEADLINE, "-Dorg.osgi.service.http.port=0")) {
            first.awaitUp();
            try (LauncherProcess second = LauncherProcess.start(jar, folder, DEADLINE, "-Dorg.osgi.service.http.port=0")) {
                int report = second.awaitLine(l -> l.startsWith("OCCI platform "), 0, "the start-up report");
                assertThat(second.lines().get(report - 1)).endsWith("started, but OCCI answers 503: its persistent registry cannot open "
                        + "(the log above says why)");
                int address = second.awaitLine(l -> l.trim().startsWith("OCCI base"), report - 1, "the OCCI address");
                String line = second.lines().get(address - 1);
                URI base = URI.create(line.substring(line.indexOf("http")).trim());

                HttpClient client = HttpClient.newHttpClient();
                for (String method : new String[] {"GET", "POST"}) {
                    HttpResponse<String> refused = client.send(HttpRequest.newBuilder(base.resolve("/compute/"))
                            .method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(HostileContainer.COMPUTE + "\n"))
                            .header("Content-Type", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
                    assertThat(refused.statusCode()).as(method).isEqualTo(503);
                    assertThat(refused.headers().firstValue("Retry-After")).as(method).isPresent();
                    assertThat(refused.body()).as(method).contains("held by another process", "nothing is kept in memory");
                }
            }
        }
    }
}
