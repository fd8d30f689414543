package occi.rendering.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import occi.api.rendering.Rendering;
import occi.platform.testing.BundleEvents;
import occi.platform.testing.Endpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/**
 * The running container spoken to in {@code application/occi+json} only, as a JSON client
 * does: a compute created from a document, read back, acted on, the query interface, a
 * broken document refused with the JSON pointer of the problem, and plain
 * {@code application/json}. Every document the server answers is validated against the
 * OCCI 1.2 JSON schema here, by the test, not only by the rendering.
 */
class JsonOverHttpTest {

    static final String OCCI_JSON = "application/occi+json";
    static final String INFRA = "http://schemas.ogf.org/occi/infrastructure#";
    static final String COMPUTE = INFRA + "compute";
    static final String START = "http://schemas.ogf.org/occi/infrastructure/compute/action#start";
    static final String CORE = "http://schemas.ogf.org/occi/core#";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @InjectService(timeout = 30_000, filter = "(occi.rendering.produces=" + OCCI_JSON + ")")
    Rendering json;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final ObjectMapper mapper = new ObjectMapper();
    final List<URI> created = new ArrayList<>();
    URI base;
    OcciSchema schema;

    @BeforeEach
    void theServerServesComputeInJson() throws Exception {
        base = Endpoint.of(runtime.getServiceReference());
        schema = OcciSchema.from(BundleEvents.find(context, "occi.rendering").orElseThrow()
                .getEntry("occi/rendering/json/occi-1.2-json-schema.json"), mapper);
        URI computeKind = base.resolve("-/?category=" + URLEncoder.encode(COMPUTE, StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        // The OCCI resource registers with the whiteboard, and the infrastructure backend with the server, a little after start.
        while (!compute(computeKind)) {
            assertThat(System.nanoTime()).as("%s lists the compute kind within %s", computeKind, TIMEOUT).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    private boolean compute(URI computeKind) throws Exception {
        HttpResponse<String> answer = send("GET", computeKind, null, OCCI_JSON);
        return answer.statusCode() == 200 && answer.body().contains("\"term\":\"compute\"");
    }

    @AfterEach
    void deleteWhatWasCreated() throws Exception {
        for (URI location : created) {
            send("DELETE", location, null, OCCI_JSON);
        }
    }

    @Test
    void aComputeCreatedFromAJsonDocumentIsReadBackAsValidJson() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> answer = send("POST", base.resolve("compute/"), """
                {"kind": "%s", "id": "%s", "title": "json vm",
                 "attributes": {"occi.compute.cores": 2, "occi.compute.memory": 4.5, "occi.compute.hostname": "vm1"}}
                """.formatted(COMPUTE, id), OCCI_JSON);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        created.add(location);
        assertThat(location).isEqualTo(base.resolve("compute/" + id));
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(OCCI_JSON));
        assertValid(answer.body(), "resource_collection");

        HttpResponse<String> read = send("GET", location, null, OCCI_JSON);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(OCCI_JSON));
        JsonNode compute = assertValid(read.body(), "resource");
        assertThat(compute.path("kind").asText()).isEqualTo(COMPUTE);
        assertThat(compute.path("id").asText()).isEqualTo(id);
        assertThat(compute.path("title").asText()).isEqualTo("json vm");
        JsonNode attributes = compute.path("attributes");
        assertThat(attributes.path("occi.compute.cores").isIntegralNumber()).as("cores stays a JSON integer").isTrue();
        assertThat(attributes.path("occi.compute.cores").asLong()).isEqualTo(2);
        assertThat(attributes.path("occi.compute.memory").decimalValue()).isEqualByComparingTo("4.5");
        assertThat(attributes.path("occi.compute.hostname").asText()).isEqualTo("vm1");
        assertThat(attributes.path("occi.compute.state").asText()).isEqualTo("inactive");
        assertThat(texts(compute.path("actions"))).contains(START);
    }

    @Test
    void aJsonCreateWithoutIdOrAttributesGetsAnIdFromTheServerAndValidOutput() throws Exception {
        HttpResponse<String> answer = send("POST", base.resolve("compute/"), "{\"kind\": \"" + COMPUTE + "\"}", OCCI_JSON);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        created.add(location);
        assertThat(location.toString()).startsWith(base.resolve("compute/").toString());
        assertValid(answer.body(), "resource_collection");
        JsonNode read = assertValid(send("GET", location, null, OCCI_JSON).body(), "resource");
        assertThat(location.toString()).endsWith("/" + read.path("id").asText());
    }

    @Test
    void theQueryInterfaceInJsonIsAValidModelWithTheCoreKinds() throws Exception {
        HttpResponse<String> answer = send("GET", base.resolve("-/"), null, OCCI_JSON);

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode model = assertValid(answer.body(), "model");
        List<String> kinds = typeIds(model.path("kinds"));
        assertThat(kinds).contains(CORE + "entity", CORE + "resource", CORE + "link", COMPUTE, INFRA + "network", INFRA + "storage");
        assertThat(typeIds(model.path("mixins"))).contains(INFRA + "os_tpl", INFRA + "resource_tpl");
        assertThat(typeIds(model.path("actions"))).contains(START);
        JsonNode entity = find(model.path("kinds"), CORE + "entity");
        assertThat(entity.path("location").asText()).as("every kind has a location (clients need one), core entity too")
                .isEqualTo("/entity/");
        assertThat(find(model.path("kinds"), COMPUTE).path("location").asText()).isEqualTo("/compute/");
    }

    @Test
    void anActionInvokedWithAJsonDocumentAnswersTheChangedResource() throws Exception {
        URI location = createCompute();

        HttpResponse<String> answer = send("POST", URI.create(location + "?action=start"),
                "{\"action\": \"" + START + "\", \"attributes\": {}}", OCCI_JSON);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode started = assertValid(answer.body(), "resource");
        assertThat(started.path("attributes").path("occi.compute.state").asText()).isEqualTo("active");
        assertThat(texts(started.path("actions"))).doesNotContain(START);
        assertThat(assertValid(send("GET", location, null, OCCI_JSON).body(), "resource").path("attributes")
                .path("occi.compute.state").asText()).isEqualTo("active");
    }

    @Test
    void aDocumentAgainstTheSchemaIs400WithTheJsonPointerOfEachProblem() throws Exception {
        int before = listedComputes();
        String invalid = "{\"id\": \"" + UUID.randomUUID() + "\", \"attributes\": {\"occi.compute.cores\": null}}";
        assertThat(schema.violations(mapper.readTree(invalid), "resource")).as("the test's own validator refuses it too")
                .contains("/attributes/occi.compute.cores");
        HttpResponse<String> answer = send("POST", base.resolve("compute/"), invalid, OCCI_JSON);

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(OCCI_JSON));
        JsonNode message = mapper.readTree(answer.body());
        assertThat(message.path("code").asInt()).isEqualTo(400);
        assertThat(message.path("message").asText()).contains("/attributes/occi.compute.cores", "/kind");

        HttpResponse<String> malformed = send("POST", base.resolve("compute/"), "{\"kind\": ", OCCI_JSON);
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(mapper.readTree(malformed.body()).path("message").asText()).contains("line 1");
        assertThat(listedComputes()).as("nothing was created").isEqualTo(before);
    }

    @Test
    void plainApplicationJsonIsReadAndWrittenToo() throws Exception {
        String id = UUID.randomUUID().toString();
        HttpResponse<String> answer = send("POST", base.resolve("compute/"),
                "{\"kind\": \"" + COMPUTE + "\", \"id\": \"" + id + "\", \"attributes\": {}}", "application/json");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        created.add(location);

        HttpResponse<String> read = send("GET", location, null, "application/json");
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(assertValid(read.body(), "resource").path("id").asText()).isEqualTo(id);
        assertValid(send("GET", base.resolve("compute/"), null, "application/json").body(), "resource_collection");
    }

    private URI createCompute() throws Exception {
        HttpResponse<String> answer = send("POST", base.resolve("compute/"),
                "{\"kind\": \"" + COMPUTE + "\", \"id\": \"" + UUID.randomUUID() + "\", \"attributes\": {}}", OCCI_JSON);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        URI location = URI.create(answer.headers().firstValue("Location").orElseThrow());
        created.add(location);
        return location;
    }

    private int listedComputes() throws Exception {
        JsonNode listing = mapper.readTree(send("GET", base.resolve("compute/"), null, OCCI_JSON).body());
        return listing.path("resources").size();
    }

    /** Parses a document and fails with every violation unless it is a valid {@code definition} of the OCCI schema. */
    private JsonNode assertValid(String body, String definition) throws Exception {
        JsonNode document = mapper.readTree(body);
        assertThat(schema.violations(document, definition)).as("%s against #/definitions/%s", body, definition).isEmpty();
        return document;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> typeIds(JsonNode categories) {
        List<String> ids = new ArrayList<>();
        categories.forEach(c -> ids.add(c.path("scheme").asText() + c.path("term").asText()));
        return ids;
    }

    private static JsonNode find(JsonNode categories, String typeId) {
        for (JsonNode category : categories) {
            if ((category.path("scheme").asText() + category.path("term").asText()).equals(typeId)) {
                return category;
            }
        }
        throw new AssertionError("no " + typeId + " in " + categories);
    }

    /** A request with the body (if any) in {@code mediaType}, asking for an answer in it. */
    private HttpResponse<String> send(String method, URI uri, String body, String mediaType) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", mediaType)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", mediaType);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
