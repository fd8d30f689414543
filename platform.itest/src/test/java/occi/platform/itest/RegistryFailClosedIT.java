package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import occi.platform.testing.LauncherProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second container started in the folder of a running one finds the H2 file locked: it
 * says so in its start-up report instead of "is up", and answers OCCI requests 503 with a
 * retry hint and the reason, rather than serving from memory what would be gone at restart.
 * Once the first container stops and releases the file, the second opens it by itself, without
 * a restart, and serves.
 */
class RegistryFailClosedIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);

    @Test
    @Timeout(180)
    void aSecondContainerOnTheSameH2FileRefusesToServeSaysWhyAndRecoversWhenTheFileIsFree(@TempDir Path folder) throws Exception {
        Path jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
        LauncherProcess first = LauncherProcess.start(jar, folder, DEADLINE, "-Dorg.osgi.service.http.port=0");
        try {
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

                // the first container stops and releases the file: the second opens it by itself and serves
                assertThat(first.stop()).isZero();
                HttpResponse<String> created;
                long end = System.nanoTime() + DEADLINE.toNanos();
                do {
                    created = client.send(HttpRequest.newBuilder(base.resolve("/compute/"))
                            .POST(HttpRequest.BodyPublishers.ofString(HostileContainer.COMPUTE + "\n"))
                            .header("Content-Type", "text/plain").build(), HttpResponse.BodyHandlers.ofString());
                    if (created.statusCode() == 503) {
                        assertThat(created.headers().firstValue("Retry-After")).isPresent();
                        TimeUnit.MILLISECONDS.sleep(250); // an external process: no event to wait on
                    }
                } while (created.statusCode() == 503 && System.nanoTime() < end);
                assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
                String location = created.headers().firstValue("Location").orElseThrow();
                assertThat(client.send(HttpRequest.newBuilder(URI.create(location)).build(), HttpResponse.BodyHandlers.ofString())
                        .statusCode()).isEqualTo(200);
                assertThat(second.lines()).as("the way back, told once").filteredOn(l -> l.contains("opened anew")).hasSize(1);
                assertThat(second.lines()).filteredOn(l -> l.contains("The persistent registry cannot open")).hasSize(1);
                assertThat(second.lines()).anyMatch(l -> l.contains("JDBC registry ready"));
            }
        } finally {
            first.close();
        }
    }
}
