package confine.controller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * The token login backs off per client: after five failed logins from one address that address
 * gets 429 with Retry-After, even with the right password, while another address (127.0.0.2,
 * also loopback) logs in at once; after the wait the first address logs in again.
 */
class LoginBackoffHttpTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void repeatedFailuresLockOutThatClientOnly() throws Exception {
        try (LocalController controller = LocalController.start(ControllerOptions.defaults())) {
            URI base = controller.baseUri();
            for (int i = 0; i < 5; i++) {
                // unknown users and wrong passwords count alike
                HttpResponse<String> failed = login(base, i % 2 == 0 ? "vct" : "nobody", "wrong");
                assertThat(failed.statusCode()).as("failure " + (i + 1)).isEqualTo(400);
                assertThat(failed.body()).contains("Unable to login with provided credentials.");
            }
            HttpResponse<String> sixth = login(base, "vct", "wrong");
            assertThat(sixth.statusCode()).isEqualTo(429);
            assertThat(sixth.headers().firstValue("Retry-After")).contains("1");
            assertThat(sixth.body()).contains("Too many failed logins");

            HttpResponse<String> right = login(base, "vct", "vct");
            assertThat(right.statusCode()).as("locked out: not even the right password is looked at").isEqualTo(429);

            assertThat(rawLoginFrom("127.0.0.2", base, "vct", "vct")).as("another client is not slowed")
                    .startsWith("HTTP/1.1 200").contains("\"token\"");

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            int status;
            while ((status = login(base, "vct", "vct").statusCode()) == 429 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            assertThat(status).as("after the lockout the right password works").isEqualTo(200);
            assertThat(login(base, "vct", "wrong").statusCode()).as("a success forgets the failures").isEqualTo(400);
        }
    }

    /**
     * Behind a proxy on this host (nginx, as the README's "Scale out" shows) every login comes from
     * 127.0.0.1: the backoff counts the client the proxy names, so one client's failures lock out
     * that client only, not everyone behind the proxy. (Addresses from the documentation ranges,
     * in headers only: all traffic stays on loopback.)
     */
    @Test
    void behindAProxyOnThisHostTheForwardedClientIsCounted() throws Exception {
        try (LocalController controller = LocalController.start(ControllerOptions.defaults())) {
            URI base = controller.baseUri();
            for (int i = 0; i < 5; i++) {
                assertThat(login(base, "vct", "wrong", "198.51.100.1").statusCode()).as("failure " + (i + 1)).isEqualTo(400);
            }
            assertThat(login(base, "vct", "wrong", "198.51.100.1").statusCode()).as("that client is locked out").isEqualTo(429);

            HttpResponse<String> other = login(base, "vct", "wrong", "10.0.0.9, 198.51.100.2");
            assertThat(other.statusCode()).as("another client behind the proxy is answered, not locked out").isEqualTo(400);
            assertThat(login(base, "vct", "vct").statusCode()).as("a direct loopback client logs in").isEqualTo(200);
        }
    }

    private HttpResponse<String> login(URI base, String user, String password) throws Exception {
        return http.send(loginRequest(base, user, password).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A login a proxy on this host forwarded for the given {@code X-Forwarded-For} chain. */
    private HttpResponse<String> login(URI base, String user, String password, String forwardedFor) throws Exception {
        return http.send(loginRequest(base, user, password).header("X-Forwarded-For", forwardedFor).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder loginRequest(URI base, String user, String password) {
        return HttpRequest.newBuilder(base.resolve("api-token-auth/")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body(user, password)));
    }

    /** A login over a connection from the given local (loopback) address: another client to the controller. */
    private static String rawLoginFrom(String localAddress, URI base, String user, String password) throws Exception {
        byte[] body = body(user, password).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5_000);
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST " + base.getPath() + "api-token-auth/ HTTP/1.1\r\nHost: 127.0.0.1:" + base.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String body(String user, String password) {
        return JSON.createObjectNode().put("username", user).put("password", password).toString();
    }
}
