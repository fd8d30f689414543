package occi.platform.itest;

import static occi.platform.itest.HostileContainer.COMPUTE;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The second hostile round against the exported jar: shapes of HTTP the first one did not send
 * (methods no resource has, media types nobody reads, oversized headers) and what every answer
 * must carry (no shared caching of authenticated answers, no framing, no sniffing). The log must
 * stay quiet through all of it ({@link HostileContainerTest}).
 */
class ProtocolEdgesIT extends HostileContainerTest {

    static final List<String> JAX_RS_PATHS = List.of("/compute/", "/", "/system/status", "/confine/api/nodes/");

    @Test
    void methodsNoResourceHasAre405NamingTheMethodOnEveryApplication() throws Exception {
        for (String path : JAX_RS_PATHS) {
            for (String method : List.of("TRACE", "FOO", "PROPFIND")) {
                HttpResponse<String> answer = occi.send(method, path, null);
                assertThat(answer.statusCode()).as(method + " " + path).isEqualTo(405);
                assertThat(answer.body()).as(method + " " + path).contains(method, "not served here");
            }
        }
        HttpResponse<String> patch = occi.send("PATCH", "/compute/", "{}", "Content-Type", "application/json");
        assertThat(patch.statusCode()).isEqualTo(405);
        assertThat(patch.body()).contains("PATCH", "allowed: ");
    }

    @Test
    void aContentTypeNoResourceReadsIsA415NamingIt() throws Exception {
        for (String path : List.of("/compute/", "/system/status", "/confine/api/nodes/")) {
            HttpResponse<String> answer = occi.post(path, "text/plain, application/json", "x");
            assertThat(answer.statusCode()).as(path).isEqualTo(415);
            assertThat(answer.body()).as(path).contains("text/plain, application/json");
        }
        HttpResponse<String> status = occi.send("GET", "/system/status", null, "Accept", "image/png");
        assertThat(status.statusCode()).isEqualTo(406);
        assertThat(status.body()).contains("image/png");
    }

    @Test
    void oversizedRequestLinesAndHeadersAre4xxWithoutALogLine() throws Exception {
        HostileContainer.Raw uri = occi.raw("GET /" + "a".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(uri.status()).isEqualTo(414);
        HostileContainer.Raw header = occi.rawGet("/compute/", Map.of("X-Big", "a".repeat(20_000)));
        assertThat(header.status()).isEqualTo(431);
        HostileContainer.Raw many = occi.rawGet("/compute/", Map.of("Cookie", "c=v; ".repeat(4_000)));
        assertThat(many.status()).isEqualTo(431);
        // and the log stays quiet: HostileContainerTest checks it after the last test
    }

    @Test
    void answersToRequestsWithCredentialsAreKeptByNoCacheAndNoOtherSiteMayFrameOrSniffThem() throws Exception {
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> console = occi.send("GET", "/system/console/bundles", null, "Authorization", basic);
        assertThat(console.statusCode()).isEqualTo(200);
        assertNotStoredFramedOrSniffed(console);

        HttpResponse<String> login = occi.post("/confine/api/api-token-auth/", "application/json", "{\"username\": \"vct\", \"password\": \"vct\"}");
        String token = login.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        HttpResponse<String> nodes = occi.send("GET", "/confine/api/nodes/", null, "Authorization", "Token " + token);
        assertThat(nodes.statusCode()).isEqualTo(200);
        assertNotStoredFramedOrSniffed(nodes);

        HttpResponse<String> html = occi.get("/compute/", "text/html");
        assertThat(html.headers().firstValue("X-Frame-Options")).contains("SAMEORIGIN");
        assertThat(html.headers().allValues("X-Content-Type-Options")).contains("nosniff");
        HttpResponse<String> status = occi.send("GET", "/system/status", null, "Cookie", "session=x");
        assertThat(status.headers().allValues("Cache-Control")).anyMatch(v -> v.contains("no-store"));
    }

    private static void assertNotStoredFramedOrSniffed(HttpResponse<String> answer) {
        assertThat(answer.headers().allValues("Cache-Control")).as(answer.uri().toString())
                .anyMatch(v -> v.contains("no-store") && v.contains("private"));
        assertThat(answer.headers().firstValue("X-Frame-Options")).as(answer.uri().toString()).contains("SAMEORIGIN");
        assertThat(answer.headers().allValues("X-Content-Type-Options")).as(answer.uri().toString()).contains("nosniff");
    }

    @Test
    void aPageOfAnotherSiteThatReachesLoopbackByDnsRebindingIsRefused() throws Exception {
        // the browser takes the platform for rebind.attacker.example: it sends that Host, and an Origin to match
        String site = "rebind.attacker.example:" + occi.port;
        String basic = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HostileContainer.Raw console = occi.raw("GET /system/console/bundles.json HTTP/1.1\r\nHost: " + site
                + "\r\nOrigin: http://" + site + "\r\nAuthorization: " + basic + "\r\nConnection: close\r\n\r\n");
        assertThat(console.status()).isEqualTo(421);
        assertThat(console.body()).contains("rebind.attacker.example", "DNS rebinding", "allowed.hosts").doesNotContain("symbolicName");

        long before = occi.count("/compute/");
        String body = COMPUTE + "\n";
        HostileContainer.Raw create = occi.raw("POST /compute/ HTTP/1.1\r\nHost: " + site + "\r\nOrigin: http://" + site
                + "\r\nContent-Type: text/plain\r\nContent-Length: " + body.length() + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(create.status()).isEqualTo(421);
        assertThat(occi.count("/compute/")).isEqualTo(before);

        // loopback names are served as before
        for (String host : List.of("localhost:" + occi.port, "127.0.0.1:" + occi.port, "[::1]:" + occi.port)) {
            HostileContainer.Raw served = occi.raw("GET /system/status HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertThat(served.status()).as(host).isEqualTo(200);
        }
    }

    @Test
    void anAnswerTooLargeForResponseHeadersIsA406NamingTheTypesThatCarryIt() throws Exception {
        // text/occi renders an entity's attributes in headers; the HTTP server sends at most 16 KiB of them
        String json = "{\"kind\":\"http://schemas.ogf.org/occi/infrastructure#compute\",\"attributes\":{\"occi.core.title\":\""
                + "t".repeat(20_000) + "\"}}";
        HttpResponse<String> created = occi.post("/compute/", "application/occi+json", json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();

        HttpResponse<String> headers = occi.get(location, "text/occi");
        assertThat(headers.statusCode()).isEqualTo(406);
        assertThat(headers.body()).contains("text/occi", "text/plain");
        assertThat(occi.get(location, "text/plain").statusCode()).isEqualTo(200);
        assertThat(occi.get("/compute/", "text/occi").statusCode()).isEqualTo(200);
    }
}
