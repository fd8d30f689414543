package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import occi.platform.testing.LauncherProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported jar listening beyond loopback ({@code -Dorg.apache.felix.http.host=0.0.0.0}; the
 * test talks to 127.0.0.1 only), as an attacker on the network would try it: nothing is served
 * while the container starts, the local CONFINE controller refuses its published sample users,
 * stopping the security bundle closes the platform rather than opening it, and cross-origin form
 * posts are refused.
 */
class ExposedListenerIT {

    static final Duration DEADLINE = Duration.ofSeconds(90);
    static final String ALICE = "alice";
    static final String ALICE_PASSWORD = "correct horse battery staple";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path folder;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void onANonLoopbackListenerThePlatformFailsClosedAndRefusesSampleAndForeignRequests() throws Exception {
        Files.createDirectories(folder.resolve("conf"));
        Files.writeString(folder.resolve("conf/occi.security.user-alice.cfg"),
                "name=" + ALICE + "\npassword=" + ALICE_PASSWORD + "\n");
        int port = LauncherJarIT.freePort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        Path jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
        try (LauncherProcess launcher = LauncherProcess.start(jar, folder, DEADLINE, "-Dorg.osgi.service.http.port=" + port,
                "-Dorg.apache.felix.http.host=0.0.0.0", "-Dgosh.args=--nointeractive")) {
            List<String> early = startUpAnswers(launcher, base);
            assertThat(early).as("anonymous creates while the container starts").noneMatch(answer -> answer.startsWith("2"));
            assertThat(early).as("answers before 'is up'").allMatch(a -> a.equals("503 Retry-After") || a.startsWith("401"))
                    .contains("503 Retry-After");

            // the container is up: authentication is required; alice is served
            assertThat(send("GET", base.resolve("system/status"), null, null).statusCode()).isEqualTo(401);
            assertThat(send("GET", base.resolve("system/status"), alice(), null).statusCode()).isEqualTo(200);

            controllerRefusesTheSampleUsers(base);
            crossOriginFormPostsAreRefused(base);
            stoppingTheSecurityBundleClosesThePlatform(launcher, base);
        }
    }

    private void controllerRefusesTheSampleUsers(URI base) throws Exception {
        URI controller = base.resolve("confine/api/");
        for (String user : List.of("admin", "vct")) {
            HttpResponse<String> login = send("POST", controller.resolve("api-token-auth/"), null,
                    "{\"username\": \"" + user + "\", \"password\": \"" + user + "\"}", "Content-Type", "application/json");
            assertThat(login.statusCode()).as(user + "/" + user).isEqualTo(403);
            assertThat(login.body()).contains("loopback");
        }
        HttpResponse<String> users = send("GET", controller.resolve("users/"), null, null);
        assertThat(users.statusCode()).isEqualTo(401);
        assertThat(users.body()).doesNotContain("@localhost");
        assertThat(send("GET", controller.resolve("nodes/1413/"), null, null).statusCode()).isEqualTo(200);
    }

    private void crossOriginFormPostsAreRefused(URI base) throws Exception {
        URI precious = base.resolve("compute/precious");
        HttpResponse<String> created = send("PUT", precious, alice(),
                "Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"\n", "Content-Type", "text/plain");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);

        HttpResponse<String> forged = send("POST", base.resolve("compute/?_method=DELETE"), alice(), "",
                "Content-Type", "application/x-www-form-urlencoded", "Origin", "http://evil.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.body()).contains("Cross-origin").contains("http://evil.example");
        HttpResponse<String> byReferer = send("POST", base.resolve("compute/?_method=DELETE"), alice(), "",
                "Content-Type", "application/x-www-form-urlencoded", "Referer", "http://evil.example/attack.html");
        assertThat(byReferer.statusCode()).isEqualTo(403);
        assertThat(send("GET", precious, alice(), null).statusCode()).as("nothing was deleted").isEqualTo(200);

        String own = "http://127.0.0.1:" + base.getPort();
        HttpResponse<String> fromOwnPage = send("POST", base.resolve("compute/precious?_method=DELETE"), alice(), "",
                "Content-Type", "application/x-www-form-urlencoded", "Origin", own);
        assertThat(fromOwnPage.statusCode()).as(fromOwnPage.body()).isBetween(200, 204);
        assertThat(send("GET", precious, alice(), null).statusCode()).isEqualTo(404);
    }

    private void stoppingTheSecurityBundleClosesThePlatform(LauncherProcess launcher, URI base) throws Exception {
        String line = launcher.lines().get(launcher.awaitLine(l -> l.contains("Web console password"), 0, "the console password") - 1);
        String console = basic("admin", line.substring(line.lastIndexOf(' ') + 1));
        URI bundles = base.resolve("system/console/bundles");
        long id = untilSecurityBundle(bundles, console);

        HttpResponse<String> forgedStop = send("POST", base.resolve("system/console/bundles/" + id), console, "action=stop",
                "Content-Type", "application/x-www-form-urlencoded", "Origin", "http://evil.example");
        assertThat(forgedStop.statusCode()).as("a forged console form").isEqualTo(403);
        assertThat(send("GET", base.resolve("system/status"), null, null).statusCode()).isEqualTo(401);

        assertThat(send("POST", base.resolve("system/console/bundles/" + id), console, "action=stop",
                "Content-Type", "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
        HttpResponse<String> put = send("PUT", base.resolve("compute/anonymous"), null,
                "Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"\n", "Content-Type", "text/plain");
        assertThat(put.statusCode()).as(put.body()).isEqualTo(503);
        assertThat(put.headers().firstValue("Retry-After")).isPresent();
        assertThat(put.body()).contains("occi.security");
        assertThat(send("GET", bundles, console, null).statusCode()).as("the console stays reachable").isEqualTo(200);
        // a path that names the console but is dispatched elsewhere is not the console (sent raw: the
        // JDK client would remove the dot segments itself)
        for (String disguised : List.of("/system/console/../compute/disguised", "/system/console/%2e%2e/compute/disguised")) {
            String status = rawStatusLine(base, "PUT", disguised,
                    "Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"\n");
            assertThat(status).as(disguised).doesNotStartWith("HTTP/1.1 2");
        }

        assertThat(send("POST", base.resolve("system/console/bundles/" + id), console, "action=start",
                "Content-Type", "application/x-www-form-urlencoded").statusCode()).isEqualTo(200);
        assertThat(until(base.resolve("system/status"), 401)).isEqualTo(401);
    }

    /** Anonymous creates and reads from the first moment the port answers until the start-up report. */
    private List<String> startUpAnswers(LauncherProcess launcher, URI base) throws Exception {
        List<String> answers = new ArrayList<>();
        long end = System.nanoTime() + DEADLINE.toNanos();
        int n = 0;
        while (launcher.lines().stream().noneMatch(l -> l.endsWith(LauncherProcess.UP)) && System.nanoTime() < end) {
            for (HttpRequest.Builder request : List.of(
                    HttpRequest.newBuilder(base.resolve("compute/early-" + n++)).header("Content-Type", "text/plain")
                            .PUT(HttpRequest.BodyPublishers.ofString("Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"\n")),
                    HttpRequest.newBuilder(base.resolve("system/status")))) {
                try {
                    HttpResponse<String> response = http.send(request.timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
                    answers.add(response.statusCode() + (response.headers().firstValue("Retry-After").isPresent() ? " Retry-After" : ""));
                } catch (ConnectException notListeningYet) {
                    // the HTTP server starts in the second start level
                }
            }
            TimeUnit.MILLISECONDS.sleep(50); // an external process: no event to wait on
        }
        launcher.awaitUp();
        return answers;
    }

    private long untilSecurityBundle(URI bundles, String console) throws Exception {
        HttpResponse<String> list = send("GET", URI.create(bundles + ".json"), console, null);
        for (var bundle : JSON.readTree(list.body()).path("data")) {
            if (bundle.path("symbolicName").asText().equals("occi.security")) {
                return bundle.path("id").asLong();
            }
        }
        throw new AssertionError("no occi.security bundle in " + list.body());
    }

    private int until(URI uri, int expected) throws Exception {
        long end = System.nanoTime() + DEADLINE.toNanos();
        int status;
        do {
            status = send("GET", uri, null, null).statusCode();
        } while (status != expected && System.nanoTime() < end && pause());
        return status;
    }

    private static boolean pause() throws InterruptedException {
        return ListenerRequests.pause();
    }

    private HttpResponse<String> send(String method, URI uri, String authorization, String body, String... headers)
            throws IOException, InterruptedException {
        return ListenerRequests.send(http, method, uri, authorization, body, headers);
    }

    /** The status line of a request sent as written, path and all. */
    private static String rawStatusLine(URI base, String method, String path, String body) throws IOException {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\nHost: " + base.getHost() + ":" + base.getPort()
                    + "\r\nContent-Type: text/plain\r\nContent-Length: " + content.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().write(content);
            socket.getOutputStream().flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
            return answer.lines().findFirst().orElse("(no answer)");
        }
    }

    private static String alice() {
        return basic(ALICE, ALICE_PASSWORD);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
