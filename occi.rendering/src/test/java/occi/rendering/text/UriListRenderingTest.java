package occi.rendering.text;

import static occi.rendering.text.Refusals.badRequest;
import static occi.rendering.text.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.Filter;
import org.junit.jupiter.api.Test;

class UriListRenderingTest {

    private final UriListRendering rendering = new UriListRendering(TextLimits.DEFAULTS, message -> {});

    @Test
    void aCollectionIsOneAbsoluteUriPerLine() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderCollection(List.of(Fixtures.network("a"), Fixtures.network("b")).iterator(),
                new CollectionInfo("/network/", Fixtures.NETWORK, 1, 100, 2), TestContext.relative(), response);

        assertThat(response.bodyText()).isEqualTo("http://example.com:8080/network/a\r\nhttp://example.com:8080/network/b\r\n");
        assertThat(response.headers()).isEmpty();
        assertThat(rendering.parseLocations(response.asRequest()))
                .containsExactly("http://example.com:8080/network/a", "http://example.com:8080/network/b");
    }

    @Test
    void commentsAndBlankLinesAreSkippedOnInput() {
        assertThat(rendering.parseLocations(TestRequest.body("# entities to tag\r\n/compute/1\r\n\r\n  # another\n http://e.com/compute/2 \n")))
                .containsExactly("/compute/1", "http://e.com/compute/2");
    }

    @Test
    void aSingleEntityIsABadRequestNotAMethodNotAllowed() {
        // pyssf answered 405; GFD.229 asks for 400 when text/uri-list is asked for anything but a listing
        refused(400, "text/uri-list renders listings only, not /compute/6f1c2d3e-0000-4000-8000-000000000001;"
                + " ask for text/plain, text/occi or application/occi+json",
                () -> rendering.renderEntity(Fixtures.compute(), TestContext.relative(), new RecordingResponse()));
    }

    @Test
    void theQueryInterfaceIsABadRequest() {
        RecordingResponse response = new RecordingResponse();
        refused(400, "text/uri-list renders listings only, not categories; ask for text/plain, text/occi or application/occi+json",
                () -> rendering.renderCategories(Fixtures.MODEL, TestContext.relative(), response));
        assertThat(response.bodySize()).isZero();
    }

    @Test
    void aMessageIsAComment() throws IOException {
        RecordingResponse response = new RecordingResponse();
        rendering.renderMessage(404, "no collection\nat /x/", TestContext.relative(), response);

        assertThat(response.bodyText()).isEqualTo("# no collection at /x/\r\n");
        assertThat(rendering.parseLocations(response.asRequest())).isEmpty();
    }

    @Test
    void entitiesActionsAndCategoriesCannotBeSentAsUriLists() {
        String reason = "text/uri-list lists locations; it cannot carry %s: send text/plain, text/occi or application/occi+json";
        refused(415, reason.formatted("an entity"), () -> rendering.parseEntity(TestRequest.body("/compute/1")));
        refused(415, reason.formatted("an action invocation"), () -> rendering.parseAction(TestRequest.body("")));
        refused(415, reason.formatted("categories"), () -> rendering.parseCategories(TestRequest.body("")));
        refused(415, reason.formatted("a filter"), () -> rendering.parseFilter(TestRequest.body("/compute/1")));
        assertThat(rendering.parseFilter(TestRequest.body("# nothing\n"))).isEqualTo(Filter.NONE);
    }

    @Test
    void refusesWhatIsNoUriAndEnforcesTheLimits() {
        badRequest("line 2: /a b is not a URI: Illegal character in path at index 2: /a b",
                () -> rendering.parseLocations(TestRequest.body("/ok\n/a b\n")));
        UriListRendering strict = new UriListRendering(new TextLimits(10, 2, 1000), message -> {});
        badRequest("line 3: more than 2 URIs in one request", () -> strict.parseLocations(TestRequest.body("/a\n/b\n/c\n")));
        badRequest("line 1: longer than 10 characters", () -> strict.parseLocations(TestRequest.body("/compute/12")));
        refused(413, "the request body is larger than 1000 bytes",
                () -> strict.parseLocations(TestRequest.body("#\n".repeat(501))));
    }
}
