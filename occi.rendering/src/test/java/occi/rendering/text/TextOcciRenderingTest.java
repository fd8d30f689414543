package occi.rendering.text;

import static occi.rendering.text.Refusals.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityView;
import org.junit.jupiter.api.Test;

class TextOcciRenderingTest {

    private final TextOcciRendering rendering = new TextOcciRendering(TextLimits.DEFAULTS, message -> {});

    @Test
    void aResourceIsRenderedInCommaJoinedHeadersWithBodyOk() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderEntity(Fixtures.compute(), TestContext.relative(), response);

        assertThat(response.bodyText()).isEqualTo("OK");
        assertThat(response.headers()).extracting(Map.Entry::getKey)
                .containsExactly("Category", "Link", "X-OCCI-Attribute");
        assertThat(response.headers("Category")).singleElement().asString()
                .startsWith("compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"")
                .contains(", ubuntu; scheme=\"http://example.com/templates/os#\"; class=\"mixin\"");
        assertThat(response.headers("X-OCCI-Attribute")).singleElement().asString()
                .startsWith("occi.core.id=\"6f1c2d3e-0000-4000-8000-000000000001\", occi.core.title=\"My VM\"")
                .contains("occi.compute.cores=2, occi.compute.memory=4.5");
    }

    @Test
    void aResourceReadsBackFromTheHeadersAsTheSameRepresentation() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderEntity(Fixtures.compute(), TestContext.relative(), response);

        assertThat(rendering.parseEntity(response.asRequest())).isEqualTo(Fixtures.representation(Fixtures.compute()));
    }

    @Test
    void nonAsciiTextIsEscapedInHeadersAndReadBack() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderEntity(Fixtures.compute(), TestContext.relative(), response);

        assertThat(response.headers("X-OCCI-Attribute")).singleElement().asString()
                .contains("occi.compute.hostname=\"vm \\\"one\\\", \\\\ the first; \\u00e9 \\u2713 \\ud83d\\ude00\"");
        response.headers().forEach(h -> assertThat(h.getValue()).matches("[\\x20-\\x7e]*"));
    }

    @Test
    void aLinkAndTheQueryInterfaceReadBackFromHeaders() throws IOException {
        RecordingResponse link = new RecordingResponse();
        rendering.renderEntity(Fixtures.nic(), TestContext.relative(), link);
        RecordingResponse categories = new RecordingResponse();
        rendering.renderCategories(Fixtures.MODEL, TestContext.relative(), categories);

        assertThat(rendering.parseEntity(link.asRequest())).isEqualTo(Fixtures.representation(Fixtures.nic()));
        assertThat(rendering.parseCategories(categories.asRequest()))
                .isEqualTo(Fixtures.MODEL.stream().map(TextPlainRenderingTest::asWritten).toList());
    }

    @Test
    void repeatedAndCommaJoinedRequestHeadersAreTheSameEntity() {
        TestRequest repeated = TestRequest.headers()
                .header("Category", "compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"")
                .header("Category", "ubuntu; scheme=\"http://example.com/templates/os#\"; class=\"mixin\"")
                .header("X-OCCI-Attribute", "occi.compute.cores=2")
                .header("X-OCCI-Attribute", "occi.compute.hostname=\"a, b\"");
        TestRequest joined = TestRequest.headers()
                .header("Category", "compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\","
                        + " ubuntu; scheme=\"http://example.com/templates/os#\"; class=\"mixin\"")
                .header("X-OCCI-Attribute", "occi.compute.cores=2, occi.compute.hostname=\"a, b\"");

        assertThat(rendering.parseEntity(joined)).isEqualTo(rendering.parseEntity(repeated));
        assertThat(rendering.parseEntity(joined).attributes())
                .isEqualTo(Map.of("occi.compute.cores", 2L, "occi.compute.hostname", "a, b"));
    }

    @Test
    void theBodyOfARequestIsNotRead() {
        TestRequest request = TestRequest.bytes("X-OCCI-Attribute: ignored=1".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .header("X-OCCI-Attribute", "a=1");

        assertThat(rendering.parseEntity(request).attributes()).isEqualTo(Map.of("a", 1L));
    }

    @Test
    void aLongCollectionIsCutIntoSeveralHeaderLinesOfTheSameName() throws IOException {
        List<EntityView> networks = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            networks.add(Fixtures.network("network-" + i));
        }
        RecordingResponse response = new RecordingResponse();
        rendering.renderCollection(networks.iterator(), new CollectionInfo("/network/", Fixtures.NETWORK, 1, 500, 500),
                TestContext.relative(), response);

        assertThat(response.headers("X-OCCI-Location")).hasSizeGreaterThan(1)
                .allSatisfy(value -> assertThat(value.length()).isLessThanOrEqualTo(HeaderFieldSink.MAX_HEADER_VALUE));
        assertThat(rendering.parseLocations(response.asRequest()))
                .hasSize(500)
                .startsWith("http://example.com:8080/network/network-0")
                .endsWith("http://example.com:8080/network/network-499");
        assertThat(response.bodyText()).isEqualTo("OK");
    }

    @Test
    void aMessageIsTheBody() throws IOException {
        RecordingResponse ok = new RecordingResponse();
        rendering.renderMessage(200, "OK", TestContext.relative(), ok);
        RecordingResponse error = new RecordingResponse();
        rendering.renderMessage(409, "compute 1 is still attached", TestContext.relative(), error);

        assertThat(ok.bodyText()).isEqualTo("OK");
        assertThat(error.bodyText()).isEqualTo("compute 1 is still attached");
        assertThat(ok.headers()).isEmpty();
    }

    @Test
    void errorsNameTheHeaderTheyWereIn() {
        badRequest("X-OCCI-Attribute header 2, value 2: missing value of b", () -> rendering.parseEntity(TestRequest.headers()
                .header("X-OCCI-Attribute", "a=1")
                .header("X-OCCI-Attribute", "a2=2, b=")));
        badRequest("Category header 1: missing scheme in Category compute",
                () -> rendering.parseFilter(TestRequest.headers().header("Category", "compute; class=\"kind\"")));
    }
}
