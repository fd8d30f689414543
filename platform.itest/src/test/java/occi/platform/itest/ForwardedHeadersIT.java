package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import occi.platform.testing.LauncherProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proxy headers from the client change nothing the HTTP server knows about a request. The platform
 * turns on Felix HTTP's request customizer slot (for its starting gate), whose default occupant,
 * Jetty's ForwardedRequestCustomizer, would take the client's address, scheme and host from
 * {@code X-Forwarded-*} headers: the gate outranks it, also after the HTTP server restarts on a
 * configuration change. (In the exported jar, stopping platform.runtime ends the process; with
 * platform.runtime stopped in a framework that runs on, occi.security's stand-in keeps it out:
 * RealPeerTest.) On a container listening on every address, called on 127.0.0.1 only.
 */
class ForwardedHeadersIT {

    static final Duration DEADLINE = Duration.ofSeconds(90);
    static final String ALICE = "alice";
    static final String ALICE_PASSWORD = "correct horse battery staple";
    static final String COMPUTE = "Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"\n";
    /** Documentation addresses (RFC 5737): named in headers only, never sent to. */
    static final String FAR_CLIENT = "203.0.113.9";

    @TempDir
    Path folder;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    int created;

    @Test
    void clientProxyHeadersNeitherMoveTheClientNorTheServer() throws Exception {
        Files.createDirectories(folder.resolve("conf"));
        Files.writeString(folder.resolve("conf/occi.security.user-alice.cfg"), "name=" + ALICE + "\npassword=" + ALICE_PASSWORD + "\n");
        // one free failed login: the second locks the client out for a second
        Files.writeString(folder.resolve("conf/occi.security.cfg"), "login.free.failures=1\n");
        int port = LauncherJarIT.freePort();
        URI base = URI.create("http://127.0.0.1:" + port + "/");
        Path jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
        try (LauncherProcess launcher = LauncherProcess.start(jar, folder, DEADLINE, "-Dorg.osgi.service.http.port=" + port,
                "-Dorg.apache.felix.http.host=0.0.0.0", "-Dgosh.args=--nointeractive")) {
            launcher.awaitUp();

            // a forwarded request claiming loopback is exposed all the same
            HttpResponse<String> claimsLoopback = send("GET", base.resolve("system/status"), null, null, "X-Forwarded-For", "127.0.0.1");
            assertThat(claimsLoopback.statusCode()).as(claimsLoopback.body()).isEqualTo(401);
            theHostIsTheRequestsOwn(base);
            theClientIsTheRealPeer(base);

            // the HTTP server restarts on a new configuration of its own, and tracks the gate again
            int since = launcher.lines().size();
            Files.writeString(folder.resolve("conf/org.apache.felix.http.cfg"), "org.apache.felix.http.session.timeout=30\n");
            int stopped = launcher.awaitLine(l -> l.contains("Stopped Jetty."), since, "the HTTP server stopped for its new configuration");
            launcher.awaitLine(l -> l.contains("Started Jetty"), stopped, "the HTTP server started again");
            theHostIsTheRequestsOwn(base);
        }
    }

    /**
     * A create names the new resource by the host the request was sent to, whatever
     * {@code X-Forwarded-Host} and {@code X-Forwarded-Proto} say (Jetty's forwarded customizer would
     * make it {@code https://forwarded.example/...}). Retried while the server is not serving yet
     * (after a restart of the HTTP server the applications come back).
     */
    private void theHostIsTheRequestsOwn(URI base) throws Exception {
        URI resource = base.resolve("compute/forwarded-" + created++);
        long end = System.nanoTime() + DEADLINE.toNanos();
        HttpResponse<String> put = null;
        do {
            try {
                put = send("PUT", resource, alice(), COMPUTE, "Content-Type", "text/plain", "X-Forwarded-For", FAR_CLIENT,
                        "X-Forwarded-Host", "forwarded.example", "X-Forwarded-Proto", "https");
            } catch (ConnectException restarting) {
                // the HTTP server's port is closed while it restarts
            }
        } while ((put == null || put.statusCode() != 201) && System.nanoTime() < end && pause());
        assertThat(put).as("an answer").isNotNull();
        assertThat(put.statusCode()).as(put.body()).isEqualTo(201);
        assertThat(put.headers().firstValue("Location")).hasValue(resource.toString());
    }

    /**
     * The failed-login back-off counts the connection's peer, and from a loopback peer (a proxy on
     * this host) the last address the proxy added: two clients behind the same first address are two
     * clients. Were the forwarded customizer at work, the server would take the first address for
     * the peer (not loopback, so its headers would not count) and lock out both.
     */
    private void theClientIsTheRealPeer(URI base) throws Exception {
        URI status = base.resolve("system/status");
        String wrong = basic(ALICE, "wrong");
        String first = FAR_CLIENT + ", 198.51.100.7";
        String second = FAR_CLIENT + ", 198.51.100.8";
        assertThat(send("GET", status, wrong, null, "X-Forwarded-For", first).statusCode()).as("free failure").isEqualTo(401);
        assertThat(send("GET", status, wrong, null, "X-Forwarded-For", first).statusCode()).as("locking failure").isEqualTo(429);
        assertThat(send("GET", status, wrong, null, "X-Forwarded-For", first).statusCode()).as("locked out").isEqualTo(429);
        assertThat(send("GET", status, wrong, null, "X-Forwarded-For", second).statusCode()).as("another client").isEqualTo(401);
    }

    private static boolean pause() throws InterruptedException {
        return ListenerRequests.pause();
    }

    private HttpResponse<String> send(String method, URI uri, String authorization, String body, String... headers)
            throws IOException, InterruptedException {
        return ListenerRequests.send(http, method, uri, authorization, body, headers);
    }

    private static String alice() {
        return basic(ALICE, ALICE_PASSWORD);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
