package confine.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import confine.controller.ConfineController;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import occi.platform.testing.Endpoint;
import occi.platform.testing.Multipart;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.annotation.Property;
import org.osgi.test.common.annotation.config.WithConfiguration;
import org.osgi.test.common.service.ServiceAware;

/** The container starts the local CONFINE controller at /confine/api/; its configuration moves or disables it. */
class LocalControllerContainerTest {

    static final String PID = "confine.controller";
    static final Duration TIMEOUT = Duration.ofSeconds(30);
    static final ObjectMapper JSON = new ObjectMapper();

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    final HttpClient http = HttpClient.newHttpClient();
    URI endpoint;

    @BeforeEach
    void findEndpoint() {
        endpoint = Endpoint.of(runtime.getServiceReference());
    }

    @AfterEach
    void clearFaults() {
        ServiceReference<ConfineController> reference = context.getServiceReference(ConfineController.class);
        if (reference != null) {
            try {
                context.getService(reference).faults().clear();
            } finally {
                context.ungetService(reference);
            }
        }
    }

    @Test
    void theContainerServesTheLocalControllerAtConfineApi(
            @InjectService(filter = "(" + ConfineController.BASE_PROPERTY + "=/confine/api/)", timeout = 30_000) ConfineController controller)
            throws Exception {
        URI base = endpoint.resolve("confine/api/");
        HttpResponse<String> response = Served.await(context, http, base);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Link")).hasValueSatisfying(links -> assertThat(links)
                .contains("<" + base + "nodes/>; rel=\"http://confine-project.eu/rel/server/node-list\"")
                .contains("<" + base + "api-token-auth/>; rel=\"http://confine-project.eu/rel/controller/do-get-auth-token\""));
        assertThat(JSON.readTree(response.body()).path("description").asText()).contains("development testbed");

        HttpResponse<String> node = get(base.resolve("nodes/1413/"));
        // CXF writes media type parameters without the space after ";"
        assertThat(node.headers().firstValue("Content-Type")).map(type -> type.replace("; ", ";"))
                .hasValue("application/json;profile=\"http://confine-project.eu/schema/registry/v0/node\"");
        assertThat(JSON.readTree(node.body()).path("group").path("uri").asText()).isEqualTo(base + "groups/2/");
        assertThat(controller.testbed().get("nodes", 1413)).isPresent();
    }

    @Test
    void writesActionsAndPagesWorkThroughTheWhiteboard(
            @InjectService(filter = "(" + ConfineController.BASE_PROPERTY + "=/confine/api/)", timeout = 30_000) ConfineController controller)
            throws Exception {
        URI base = endpoint.resolve("confine/api/");
        Served.await(context, http, base);
        String token = JSON.readTree(send(HttpRequest.newBuilder(base.resolve("api-token-auth/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"vct\", \"password\": \"vct\"}"))).body()).path("token").asText();

        HttpResponse<String> patched = send(HttpRequest.newBuilder(base.resolve("nodes/1413/"))
                .header("Authorization", "Token " + token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"description\": \"in the container\"}")));
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(controller.testbed().get("nodes", 1413).orElseThrow().path("description").asText()).isEqualTo("in the container");

        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(base.resolve("nodes/1413/ctl/reboot/"))
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(anonymous.statusCode()).isEqualTo(403);
        assertThat(anonymous.body()).isEqualTo("{\"detail\":\"Authentication credentials were not provided.\"}");

        HttpResponse<String> page = get(base.resolve("nodes/?per_page=1"));
        assertThat(page.headers().firstValue("Link").orElse("")).contains("rel=\"first\"").contains("rel=\"last\"");
        assertThat(get(base.resolve("nodes/?colour=%22red%22")).statusCode()).isEqualTo(422);
        assertThat(get(base.resolve("nodes/1413/"), "Accept", "text/html").statusCode()).isEqualTo(406);
    }

    @Test
    void uploadsGoUnderThePlatformsDataFolder(@TempDir Path temp,
            @InjectService(filter = "(" + ConfineController.BASE_PROPERTY + "=/confine/api/)", timeout = 30_000) ConfineController controller)
            throws Exception {
        URI base = endpoint.resolve("confine/api/");
        Served.await(context, http, base);
        Multipart body = new Multipart().file("overlay", Files.write(temp.resolve("overlay.tgz"), "layer".getBytes()));

        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("slices/7/ctl/upload-overlay/"))
                .header("Authorization", "Token " + controller.testbed().token("vct"))
                .header("Content-Type", body.contentType()).POST(body.publisher()));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode slice = controller.testbed().get("slices", 7).orElseThrow();
        assertThat(Path.of(context.getProperty("occi.platform.data.dir"), "confine-controller", "slices", "7", "overlay", "overlay.tgz"))
                .hasContent("layer");
        assertThat(get(base.resolve(slice.path("overlay_uri").asText())).body()).isEqualTo("layer");
    }

    @Test
    void injectedFailuresAndDropsReachTheClient(
            @InjectService(filter = "(" + ConfineController.BASE_PROPERTY + "=/confine/api/)", timeout = 30_000) ConfineController controller)
            throws Exception {
        URI base = endpoint.resolve("confine/api/");
        Served.await(context, http, base);

        controller.faults().failNext(1, 503);
        assertThat(get(base).statusCode()).isEqualTo(503);
        assertThat(get(base).statusCode()).isEqualTo(200);

        controller.faults().dropNext(1);
        HttpRequest post = HttpRequest.newBuilder(base.resolve("api-token-auth/"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"vct\", \"password\": \"vct\"}")).build();
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        assertThat(get(base).statusCode()).isEqualTo(200);
    }

    @Test
    @WithConfiguration(pid = PID, properties = @Property(key = "base.path", value = "/testbed/api/"))
    void aConfigurationMovesTheBasePath(
            @InjectService(filter = "(" + ConfineController.BASE_PROPERTY + "=/testbed/api/)", timeout = 30_000) ConfineController moved)
            throws Exception {
        URI base = endpoint.resolve("testbed/api/");
        HttpResponse<String> response = Served.await(context, http, base);

        assertThat(moved.basePath()).isEqualTo("/testbed/api/");
        assertThat(response.headers().firstValue("Link").orElse("")).contains("<" + base + "slices/>");
        Served.awaitGone(context, http, endpoint.resolve("confine/api/"));
    }

    @Test
    @WithConfiguration(pid = PID, properties = @Property(key = "enabled", value = "false"))
    void aDisabledControllerServesNothing() throws Exception {
        Served.awaitGone(context, http, endpoint.resolve("confine/api/"));

        assertThat(context.getServiceReferences(ConfineController.class, null)).isEmpty();
    }

    @Test
    @WithConfiguration(pid = PID, properties = @Property(key = "body.max.bytes", value = "4096", scalar = Property.Scalar.Long))
    void bodiesOverTheConfiguredLimitAre413AndReadOnlyForKnownCallers(
            @InjectService(filter = "(" + ConfineController.BASE_PROPERTY + "=/confine/api/)", timeout = 30_000) ConfineController controller)
            throws Exception {
        URI base = endpoint.resolve("confine/api/");
        Served.await(context, http, base);
        // the configuration reaches the running controller asynchronously: wait until it applies
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        String status;
        do {
            status = declaredPost(base.resolve("nodes/"), 1_500_000_000L);
        } while (!status.equals("HTTP/1.1 413") && System.nanoTime() < deadline);
        assertThat(status).as("1.5 GB announced, one byte sent").isEqualTo("HTTP/1.1 413");

        byte[] big = ("{\"description\": \"" + "x".repeat(10_000) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> streamed = send(HttpRequest.newBuilder(base.resolve("nodes/1413/"))
                .header("Authorization", "Token " + controller.testbed().token("vct")).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
        assertThat(streamed.statusCode()).isEqualTo(413);
        assertThat(streamed.body()).contains("4096 bytes");
        HttpResponse<String> anonymous = send(HttpRequest.newBuilder(base.resolve("nodes/"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big))));
        assertThat(anonymous.statusCode()).as("who asks is checked before the body is read").isEqualTo(403);
    }

    /**
     * The status line of a POST that announces {@code length} bytes and sends one (Jetty hands a
     * request to the application once some of its body has come).
     */
    static String declaredPost(URI uri, long length) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout((int) TIMEOUT.toMillis());
            socket.getOutputStream().write(("POST " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + length + "\r\n\r\n{")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readNBytes(12), java.nio.charset.StandardCharsets.US_ASCII);
        }
    }

    HttpResponse<String> get(URI uri, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
    }
}
