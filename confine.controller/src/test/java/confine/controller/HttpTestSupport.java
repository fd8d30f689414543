package confine.controller;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One controller per test class on a free loopback port, reset to the sample documents before each test. */
abstract class HttpTestSupport {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String SERVER = "http://confine-project.eu/rel/server/";
    static final String CONTROLLER = "http://confine-project.eu/rel/controller/";
    private static final Pattern LINK = Pattern.compile("<([^>]*)>;\\s*rel=\"([^\"]*)\"");

    static LocalController controller;
    static URI base;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        controller = LocalController.start(ControllerOptions.defaults());
        base = controller.baseUri();
    }

    @AfterAll
    static void stop() {
        controller.close();
    }

    @BeforeEach
    void reset() {
        controller.faults().clear();
        controller.testbed().reset(Seed.fixtures());
    }

    HttpResponse<String> get(String path, String... headers) throws Exception {
        return send("GET", path, null, headers);
    }

    /** {@code path} relative to the API base; {@code body} JSON text or null; headers as name, value pairs. */
    HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
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

    HttpResponse<String> as(String token, String method, String path, String body) throws Exception {
        return send(method, path, body, "Authorization", "Token " + token);
    }

    String token(String username, String password) throws Exception {
        HttpResponse<String> response = send("POST", "api-token-auth/",
                JSON.createObjectNode().put("username", username).put("password", password).toString());
        if (response.statusCode() != 200) {
            throw new AssertionError("no token for " + username + ": " + response.statusCode() + " " + response.body());
        }
        return json(response).path("token").asText();
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    /** The Link header as relation → URL. */
    static Map<String, String> links(HttpResponse<?> response) {
        Map<String, String> links = new LinkedHashMap<>();
        Matcher m = LINK.matcher(response.headers().firstValue("Link").orElse(""));
        while (m.find()) {
            links.put(m.group(2), m.group(1));
        }
        return links;
    }

    static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("");
    }

    static String profile(String name) {
        return "application/json; profile=\"http://confine-project.eu/schema/registry/v0/" + name + "\"";
    }
}
