package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.rendering.EntityRepresentation;
import org.junit.jupiter.api.Test;

/** What every request gets: versions, negotiation, HEAD and OPTIONS, CORS, limits, the base path. */
class ProtocolTest {

    private final Harness server = new Harness().with(new RecordingBackend(Fixtures.COMPUTE));

    @Test
    void everyAnswerNamesTheOcciVersionAndWhatTheServerReads() {
        Answer answer = server.get("/-/");
        // OCCI 1.2 first; 1.1 clients look for their own version, whose requests the server also reads
        assertThat(answer.header("Server")).endsWith(" OCCI/1.2 OCCI/1.1");
        assertThat(answer.header("Accept")).isEqualTo("text/plain, text/occi");
        assertThat(server.get("/nothing/here").header("Server")).endsWith("OCCI/1.2 OCCI/1.1");
    }

    @Test
    void aServerConfiguredForOcci11AnnouncesOnlyThat() {
        assertThat(new ServerSettings("/", List.of(), false, 10, 0, 8, 200, "t", "OCCI/1.1").serverHeader()).isEqualTo("t OCCI/1.1");
        assertThat(new ServerSettings("/", List.of(), false, 10, 0, 8, 200, "", "OCCI/1.2").serverHeader()).isEqualTo("OCCI/1.2 OCCI/1.1");
    }

    @Test
    void aClientAskingForAHigherVersionGets501AndOlderOrEqualOnesAreServed() {
        assertThat(server.request("GET", "/-/").header("User-Agent", "client/1.0 OCCI/1.3").send().status()).isEqualTo(501);
        assertThat(server.request("GET", "/-/").header("User-Agent", "client/1.0 OCCI/2.0").send().status()).isEqualTo(501);
        assertThat(server.request("GET", "/-/").header("User-Agent", "client/1.0 OCCI/1.1").send().status()).isEqualTo(200);
        assertThat(server.request("GET", "/-/").header("User-Agent", "curl/8").send().status()).isEqualTo(200);
        var huge = server.request("GET", "/-/").header("User-Agent", "OCCI/99999999999.0").send();
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.bodyText()).contains("the User-Agent's OCCI version is not a version number");
    }

    @Test
    void anUnsupportedAcceptIs406InPlainTextAndAnUnreadableBodyIs415() {
        Answer refused = server.request("GET", "/-/").header("Accept", "application/xml").send();
        assertThat(refused.status()).isEqualTo(406);
        assertThat(refused.header("Content-Type")).startsWith("text/plain");
        assertThat(refused.bodyText()).contains("text/plain");

        Answer unreadable = server.request("POST", "/compute/").header("Content-Type", "application/xml").body("<x/>").send();
        assertThat(unreadable.status()).isEqualTo(415);
        assertThat(server.request("GET", "/-/").header("Accept", "application/xml, text/*;q=0.5").send().header("Content-Type"))
                .isEqualTo("text/plain");
        assertThat(server.request("GET", "/-/").header("Accept", ";;;").send().status()).isEqualTo(406);
        assertThat(server.request("GET", "/-/").header("Accept", "text/plain;q=NaN, ;, /").send().status()).isEqualTo(406);
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        Answer get = server.get("/-/");
        Answer head = server.request("HEAD", "/-/").send();
        assertThat(head.status()).isEqualTo(200);
        assertThat(head.contentLength()).isEqualTo(get.contentLength()).isPositive();
        assertThat(head.sendsBody()).isFalse();
        assertThat(server.request("HEAD", "/compute/nothing").send().status()).isEqualTo(404);
    }

    @Test
    void optionsTellsTheMethodsOfEachPlaceAndAnswersCorsPreflights() {
        assertThat(server.request("OPTIONS", "/-/").send().header("Allow")).isEqualTo("GET, HEAD, OPTIONS, POST, DELETE");
        assertThat(server.request("OPTIONS", "/compute/").send().header("Allow")).isEqualTo("GET, HEAD, OPTIONS, POST, DELETE");
        assertThat(server.request("OPTIONS", "/compute/x").send().header("Allow")).isEqualTo("GET, HEAD, OPTIONS, PUT, POST, DELETE");
        assertThat(server.request("OPTIONS", "/a/path/").send().header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(server.request("OPTIONS", "/").send().header("Allow")).isEqualTo("GET, HEAD, OPTIONS, POST");
        assertThat(server.request("OPTIONS", "/entity/").send().header("Allow")).isEqualTo("GET, HEAD, OPTIONS");

        Harness cors = new Harness(new ServerSettings("/", List.of("https://ui.example"), false, 10, 0, 1 << 20, 1 << 16, "t", "OCCI/1.2"));
        Answer preflight = cors.request("OPTIONS", "/-/").header("Origin", "https://ui.example")
                .header("Access-Control-Request-Method", "POST").header("Access-Control-Request-Headers", "content-type").send();
        assertThat(preflight.status()).isEqualTo(200);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo("https://ui.example");
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).isEqualTo("content-type");
        assertThat(cors.request("GET", "/-/").header("Origin", "https://evil.example").send().header("Access-Control-Allow-Origin")).isNull();
        assertThat(server.request("GET", "/-/").header("Origin", "https://ui.example").send().header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aConfiguredBasePathServesBelowItAndNothingElse() {
        Harness based = new Harness(ServerSettings.DEFAULTS.withBasePath("occi")).with(new RecordingBackend(Fixtures.COMPUTE));
        assertThat(based.get("/occi/-/").status()).isEqualTo(200);
        assertThat(based.get("/-/").status()).isEqualTo(404);
        based.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of(), List.of());
        Answer created = based.request("POST", "/occi/compute/").payload().send();
        assertThat(created.header("Location")).startsWith("http://occi.test:8080/occi/compute/");
        assertThat(based.get(created.header("Location").substring("http://occi.test:8080".length())).status()).isEqualTo(200);
    }

    @Test
    void oversizedRequestsAreRefusedBeforeAnyWork() {
        Harness small = new Harness(new ServerSettings("/", List.of(), false, 10, 0, 8, 200, "t", "OCCI/1.2"));
        assertThat(small.request("POST", "/resource/").header("Content-Type", "text/plain").body("0123456789").send().status()).isEqualTo(413);
        assertThat(small.request("GET", "/-/").header("X-Big", "x".repeat(300)).send().status()).isEqualTo(431);
    }

    @Test
    void withoutARegistryOrARenderingTheServerIsUnavailable() {
        server.registryInUse = null;
        assertThat(server.get("/-/").status()).isEqualTo(503);
        Harness bare = new Harness();
        bare.offers = List.of();
        Answer none = bare.get("/-/");
        assertThat(none.status()).isEqualTo(503);
        assertThat(none.bodyText()).contains("no rendering");
    }

    @Test
    void aRenderingThatHasJustGoneAwayIs503() {
        server.offers = List.of(new RenderingOffer("gone", List.of("text/plain"), List.of("text/plain"), Optional::empty));
        assertThat(server.get("/-/").status()).isEqualTo(503);
    }
}
