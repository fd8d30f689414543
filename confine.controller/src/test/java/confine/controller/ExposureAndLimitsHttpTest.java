package confine.controller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * A controller listening beyond loopback (bound to the wildcard address; the test talks to
 * 127.0.0.1 only) refuses the published sample users and does not list users to anonymous
 * callers; request bodies are bounded and read only after the caller is known.
 */
class ExposureAndLimitsHttpTest {

    static final ObjectMapper JSON = new ObjectMapper();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void onANonLoopbackListenerTheSampleUsersAreRefusedAndUsersAreNotListed() throws Exception {
        try (LocalController controller = LocalController.start(ControllerOptions.defaults().host("0.0.0.0"))) {
            URI base = controller.baseUri();
            for (String user : new String[] {"admin", "vct"}) {
                HttpResponse<String> login = login(base, user, user);
                assertThat(login.statusCode()).as(user).isEqualTo(403);
                assertThat(login.body()).contains("sample password").contains("loopback");
            }
            // a token obtained some other way (here: the steering API) is refused as well
            String token = controller.testbed().token("admin");
            HttpResponse<String> delete = send(base, "DELETE", "slivers/42/", null, "Authorization", "Token " + token);
            assertThat(delete.statusCode()).isEqualTo(403);
            assertThat(send(base, "GET", "slivers/42/", null).statusCode()).as("nothing was deleted").isEqualTo(200);

            HttpResponse<String> users = send(base, "GET", "users/", null);
            assertThat(users.statusCode()).isEqualTo(401);
            assertThat(users.body()).doesNotContain("vct@").contains("Authentication is required");
            assertThat(send(base, "GET", "users/1/", null).statusCode()).isEqualTo(401);
            assertThat(send(base, "GET", "nodes/", null).statusCode()).as("the testbed stays readable").isEqualTo(200);
        }
    }

    @Test
    void theLocalOperatorsTokenIsGivenOnlyOnALoopbackListener() throws Exception {
        try (LocalController exposed = LocalController.start(ControllerOptions.defaults().host("0.0.0.0"))) {
            assertThat(exposed.localOperatorToken()).as("beyond loopback: no operator token").isEmpty();
        }
        ControllerOptions chosen = ControllerOptions.defaults().host("0.0.0.0").password("admin", "a long chosen secret");
        try (LocalController exposed = LocalController.start(chosen)) {
            assertThat(exposed.localOperatorToken()).as("not even with a chosen password").isEmpty();
        }
        try (LocalController local = LocalController.start(ControllerOptions.defaults())) {
            String token = local.localOperatorToken().orElseThrow();
            HttpResponse<String> delete = send(local.baseUri(), "DELETE", "slivers/42/", null, "Authorization", "Token " + token);
            assertThat(delete.statusCode()).as("the operator is the superuser: %s", delete.body()).isEqualTo(204);
        }
    }

    @Test
    void withPasswordsOfTheOperatorsChoiceTheUsersWorkOnANonLoopbackListener() throws Exception {
        ControllerOptions options = ControllerOptions.defaults().host("0.0.0.0")
                .password("admin", "a long chosen secret").password("vct", "another chosen secret");
        try (LocalController controller = LocalController.start(options)) {
            URI base = controller.baseUri();
            assertThat(login(base, "admin", "admin").statusCode()).as("the sample password is gone").isEqualTo(400);
            HttpResponse<String> login = login(base, "admin", "a long chosen secret");
            assertThat(login.statusCode()).isEqualTo(200);
            String token = JSON.readTree(login.body()).path("token").asText();
            assertThat(send(base, "DELETE", "slivers/42/", null, "Authorization", "Token " + token).statusCode()).isEqualTo(204);
            assertThat(send(base, "GET", "users/", null, "Authorization", "Token " + token).statusCode()).isEqualTo(200);
            assertThat(login(base, "vct", "another chosen secret").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void throughAReverseProxyOnThisHostTheSampleUsersAreRefused() throws Exception {
        // a proxy on loopback (nginx in front of the container) serves clients from anywhere;
        // the header it adds is all the controller can see of that
        try (LocalController controller = LocalController.start(ControllerOptions.defaults())) {
            URI base = controller.baseUri();
            for (String[] proxied : new String[][] {{"X-Forwarded-For", "203.0.113.7"}, {"Forwarded", "for=203.0.113.7"},
                    {"X-Real-IP", "203.0.113.7"}}) {
                HttpResponse<String> login = send(base, "POST", "api-token-auth/",
                        JSON.createObjectNode().put("username", "admin").put("password", "admin").toString(), proxied);
                assertThat(login.statusCode()).as(proxied[0]).isEqualTo(403);
                assertThat(send(base, "GET", "users/", null, proxied).statusCode()).as(proxied[0]).isEqualTo(401);
            }
            String token = controller.testbed().token("admin");
            assertThat(send(base, "DELETE", "slivers/42/", null, "Authorization", "Token " + token, "X-Forwarded-For", "203.0.113.7")
                    .statusCode()).isEqualTo(403);
            assertThat(send(base, "GET", "slivers/42/", null).statusCode()).as("nothing was deleted").isEqualTo(200);
        }
    }

    @Test
    void onLoopbackTheSampleUsersWork() throws Exception {
        try (LocalController controller = LocalController.start(ControllerOptions.defaults())) {
            assertThat(login(controller.baseUri(), "admin", "admin").statusCode()).isEqualTo(200);
            assertThat(send(controller.baseUri(), "GET", "users/", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aDeclaredBodyOverTheLimitIs413BeforeAnyOfItIsSent() throws Exception {
        try (LocalController controller = LocalController.start(ControllerOptions.defaults().maxBodyBytes(4096))) {
            URI base = controller.baseUri();
            // 1.5 GB announced, nothing sent: the answer must come without waiting for the body
            try (Socket socket = new Socket("127.0.0.1", base.getPort())) {
                socket.setSoTimeout(10_000);
                OutputStream out = socket.getOutputStream();
                out.write(("POST " + base.getPath() + "nodes/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                        + "Content-Length: 1500000000\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.flush();
                String answer = new String(socket.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                assertThat(answer).isEqualTo("HTTP/1.1 413");
            }
        }
    }

    @Test
    void aStreamedBodyOverTheLimitIs413AndAnAnonymousOneIsRefusedUnread() throws Exception {
        try (LocalController controller = LocalController.start(ControllerOptions.defaults().maxBodyBytes(4096))) {
            URI base = controller.baseUri();
            String token = controller.testbed().token("vct");
            byte[] big = ("{\"description\": \"" + "x".repeat(10_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            // no Content-Length: a chunked body, cut one byte past the limit
            HttpResponse<String> streamed = http.send(HttpRequest.newBuilder(base.resolve("nodes/1413/"))
                    .header("Content-Type", "application/json").header("Authorization", "Token " + token)
                    .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(streamed.statusCode()).isEqualTo(413);
            JsonNode detail = JSON.readTree(streamed.body());
            assertThat(detail.path("detail").asText()).contains("4096 bytes");

            HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(base.resolve("nodes/"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).as("who asks is checked before the body is read").isEqualTo(403);

            HttpResponse<String> small = send(base, "PATCH", "nodes/1413/", "{\"description\": \"small\"}",
                    "Authorization", "Token " + token);
            assertThat(small.statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> login(URI base, String user, String password) throws Exception {
        return send(base, "POST", "api-token-auth/", JSON.createObjectNode().put("username", user).put("password", password).toString());
    }

    private HttpResponse<String> send(URI base, String method, String path, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

}
