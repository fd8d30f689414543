package occi.platform.itest;

import static occi.platform.itest.HostileContainer.COMPUTE;
import static occi.platform.itest.HostileContainer.NETWORK;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The exported jar against the bad input of issue 15, each case as a client sends it: every
 * one is a 4xx that names the problem, nothing is half stored, listings keep working, and
 * the log has no stack trace and nothing at WARN or ERROR.
 */
@Timeout(120)
class HostileInputIT extends HostileContainerTest {

    private void assertListingsWork() throws Exception {
        for (String path : List.of("/", "/compute/")) {
            for (String type : List.of("application/occi+json", "text/plain", "text/html")) {
                HttpResponse<String> listing = occi.get(path, type);
                assertThat(listing.statusCode()).as(path + " as " + type).isEqualTo(200);
                assertThat(listing.body().length()).as(path + " as " + type).isLessThan(1_000_000);
            }
        }
    }

    @Test
    void numbersBeyondTheirTypesRangeAre400NamingTheAttribute() throws Exception {
        long before = occi.count("/compute/");
        for (String value : List.of("1e100000000", "1e10000", "-1e400", "1e-100000000", "1" + "0".repeat(400))) {
            HttpResponse<String> refused = occi.post("/compute/", "text/occi", null, "Category", COMPUTE.substring(10),
                    "X-OCCI-Attribute", "occi.compute.memory=" + value);
            assertThat(refused.statusCode()).as(value).isEqualTo(400);
            assertThat(refused.body()).as(value).contains("occi.compute.memory");
        }
        HttpResponse<String> json = occi.post("/compute/", "application/occi+json",
                "{\"id\":\"big\",\"kind\":\"http://schemas.ogf.org/occi/infrastructure#compute\",\"attributes\":{\"occi.compute.cores\":1e30}}");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json.body()).contains("occi.compute.cores");
        assertThat(occi.count("/compute/")).isEqualTo(before);
        assertListingsWork();
    }

    @Test
    void anErrorQuotesAtMostAKilobyteOfWhatWasSent() throws Exception {
        long before = occi.count("/compute/");
        String huge = "a".repeat(100_000);
        for (String type : List.of("application/occi+json", "text/plain", "text/html")) {
            HttpResponse<String> refused = occi.send("POST", "/compute/",
                    "{\"kind\":\"http://hostile.example/kinds#" + huge + "\",\"attributes\":{}}",
                    "Content-Type", "application/occi+json", "Accept", type);
            assertThat(refused.statusCode()).as(type).isEqualTo(400);
            // the message and, in HTML, the page around it (about 4 kB): not the 100 kB sent
            assertThat(refused.body()).as(type).contains("hostile.example", "cut").hasSizeLessThan(8_000);
        }
        assertThat(occi.count("/compute/")).isEqualTo(before);
    }

    @Test
    void aPatternThatBacktracksWithoutEndIsA400AndTheWorkerIsFree() throws Exception {
        HttpResponse<String> defined = occi.post("/-/", "application/occi+json", """
                {"mixins":[{"term":"evil","scheme":"http://hostile.example/tags#","location":"/evil/",
                  "attributes":{"hostile.value":{"type":"string","pattern":"(.*a){20}b","mutable":true,"required":false}}}]}""");
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(200);
        long started = System.nanoTime();
        HttpResponse<String> refused = occi.post("/compute/", "text/occi", null, "Category",
                COMPUTE.substring(10) + ", evil; scheme=\"http://hostile.example/tags#\"; class=\"mixin\"",
                "X-OCCI-Attribute", "hostile.value=\"" + "a".repeat(30) + "\"");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("hostile.value", "takes too long");
        assertThat((System.nanoTime() - started) / 1_000_000).as("milliseconds").isLessThan(10_000);
    }

    @Test
    void locationsWithDotSegmentsEscapesOrOtherOwnersPathsAreRefused() throws Exception {
        for (String path : List.of("/compute/%2e%2e/x", "/compute/a%2fb", "/system/x", "/network/not-a-compute")) {
            HttpResponse<String> refused = occi.send("PUT", path, COMPUTE + "\n", "Content-Type", "text/plain");
            assertThat(refused.statusCode()).as(path).isEqualTo(400);
            assertThat(refused.body()).as(path).startsWith("cannot create an entity at this path");
        }
        for (String location : List.of("/testbed/", "/../x/", "/system/console/", "/compute/")) {
            HttpResponse<String> refused = occi.post("/-/", "text/occi", null, "Category",
                    "taken; scheme=\"http://hostile.example/tags#\"; class=\"mixin\"; location=\"" + location + "\"");
            assertThat(refused.statusCode()).as(location).isIn(400, 409);
        }
        HttpResponse<String> tooLong = occi.send("PUT", "/compute/" + "a".repeat(2100), COMPUTE + "\n", "Content-Type", "text/plain");
        assertThat(tooLong.statusCode()).isEqualTo(414);
        HttpResponse<String> longId = occi.post("/compute/", "text/plain", COMPUTE + "\nX-OCCI-Attribute: occi.core.id=\"" + "b".repeat(600) + "\"\n");
        assertThat(longId.statusCode()).isEqualTo(400);
        assertThat(longId.body()).contains("occi.core.id").doesNotContainIgnoringCase("sql").doesNotContainIgnoringCase("insert");
    }

    @Test
    void malformedRequestsAre4xxOnEveryPath() throws Exception {
        for (String target : List.of("/compute/?q=%zz", "/system/status?q=%zz", "/confine/api/nodes/?name=%zz", "/?q=%")) {
            HostileContainer.Raw answer = occi.rawGet(target, Map.of());
            assertThat(answer.status()).as(target).isEqualTo(400);
            assertThat(answer.body()).as(target).contains("percent-escape");
        }
        HostileContainer.Raw version = occi.rawGet("/compute/", Map.of("User-Agent", "OCCI/99999999999.0"));
        assertThat(version.status()).isEqualTo(400);
        assertThat(version.body()).contains("User-Agent");
        assertThat(occi.rawGet("/compute/", Map.of("Accept", ";;;")).status()).isEqualTo(406);
        HttpResponse<String> charset = occi.post("/compute/", "text/plain; charset=x-bogus", COMPUTE + "\n");
        assertThat(charset.statusCode()).isEqualTo(415);
        assertThat(charset.body()).contains("x-bogus");

        // a body length that is no length: refused, and the connection closed, so the rest is not read as a request
        HostileContainer.Raw negative = occi.raw("POST /compute/ HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: text/plain\r\n"
                + "Content-Length: -1\r\n\r\nDELETE /compute/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
        assertThat(negative.status()).isEqualTo(400);
        assertThat(negative.head()).containsIgnoringCase("Connection: close");
        assertThat(negative.body()).contains("Content-Length");
        assertThat(negative.head() + negative.body()).doesNotContain("HTTP/1.1 200");
    }

    @Test
    void controllerBodiesOverItsLimitAreRefusedBeforeAnythingReadsThem() throws Exception {
        // declared too large, of which only the start comes: 413 at once (the JAX-RS runtime used to
        // wait for the rest, to copy it to a temporary file, before answering)
        HostileContainer.Raw declared = occi.raw("POST /confine/api/nodes/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/json\r\nContent-Length: " + (40L << 20) + "\r\n\r\n" + " ".repeat(1 << 16));
        assertThat(declared.status()).isEqualTo(413);
        assertThat(declared.body()).contains("body.max.bytes");

        // chunked, over the controller's 32 MiB and under the platform's 64 MiB: the controller answers
        // 413 once it has read past its bound, while the client is still sending (the JAX-RS runtime
        // used to read the rest into a temporary file first, and answer only after the whole body)
        HttpResponse<String> login = occi.post("/confine/api/api-token-auth/", "application/json",
                "{\"username\": \"vct\", \"password\": \"vct\"}");
        assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
        String token = login.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        long whole = 60L << 20;
        java.util.concurrent.atomic.AtomicLong sent = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.CompletableFuture<String> answered = new java.util.concurrent.CompletableFuture<>();
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", occi.port)) {
            socket.setSoTimeout(30_000);
            Thread reader = new Thread(() -> {
                try {
                    String status = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                            java.nio.charset.StandardCharsets.ISO_8859_1)).readLine();
                    answered.complete(status + " (after " + sent.get() + " bytes sent)");
                } catch (java.io.IOException e) {
                    answered.completeExceptionally(e);
                }
            });
            reader.start();
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /confine/api/nodes/ HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Token " + token
                    + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] chunk = (Integer.toHexString(1 << 16) + "\r\n" + " ".repeat(1 << 16) + "\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            try {
                while (sent.get() < whole) {
                    out.write(chunk);
                    sent.addAndGet(1 << 16);
                }
                out.write("0\r\n\r\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.flush();
            } catch (java.io.IOException closedByTheServer) {
                // the server may close the connection before the body's end: it reads no further
            }
            String status = answered.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(status).startsWith("HTTP/1.1 413");
            long sentWhenAnswered = Long.parseLong(status.replaceAll(".*after (\\d+) bytes.*", "$1"));
            assertThat(sentWhenAnswered).as("bytes sent of a " + whole + "-byte body when the answer came").isLessThan(whole);
            reader.join(30_000);
        }
    }

    @Test
    void anImmutableAttributeTheProviderSetsIsRefusedOnCreationNotDropped() throws Exception {
        HttpResponse<String> refused = occi.post("/compute/", "text/plain", COMPUTE + "\nX-OCCI-Attribute: occi.compute.state=\"active\"\n");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("occi.compute.state", "immutable");
        // what a client read back and sends again is fine
        assertThat(occi.post("/compute/", "text/plain", COMPUTE + "\nX-OCCI-Attribute: occi.compute.state=\"inactive\"\n").statusCode())
                .isEqualTo(201);
    }

    @Test
    void taggingATestbedResourceWithAUserMixinSaysItCannot() throws Exception {
        assertThat(occi.post("/-/", "text/occi", null, "Category",
                "mine; scheme=\"http://hostile.example/tags#\"; class=\"mixin\"; location=\"/mine/\"").statusCode()).isEqualTo(200);
        String node = occi.get("/testbed/node/", "text/uri-list").body().lines().filter(l -> l.contains("/testbed/node/")).findFirst()
                .orElseThrow();
        HttpResponse<String> tag = occi.post("/mine/", "text/occi", null, "X-OCCI-Location", node);
        assertThat(tag.statusCode()).as(tag.body()).isEqualTo(409);
        assertThat(tag.body()).contains("cannot be tagged");
        assertThat(occi.count("/mine/")).isZero();
    }

    @Test
    void aCollectionDeleteThatCannotCompleteChangesNothing() throws Exception {
        HttpResponse<String> created = occi.post("/network/", "text/plain", NETWORK + "\n");
        assertThat(created.statusCode()).isEqualTo(201);
        String mine = created.headers().firstValue("Location").orElseThrow();
        long before = occi.count("/network/");

        HttpResponse<String> refused = occi.send("DELETE", "/network/", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("cannot be deleted");
        assertThat(occi.count("/network/")).isEqualTo(before);
        assertThat(occi.send("GET", mine, null).statusCode()).isEqualTo(200);
    }

    @Test
    void eTagsShowNoWriteCounter() throws Exception {
        String vm = occi.post("/compute/", "text/plain", COMPUTE + "\n").headers().firstValue("Location").orElseThrow();
        String etag = occi.send("GET", vm, null).headers().firstValue("ETag").orElseThrow();
        for (int i = 0; i < 3; i++) {
            occi.post("/compute/", "text/plain", COMPUTE + "\n");
        }
        assertThat(etag).doesNotMatch("\"?[0-9]+(-.*)?\"?");
        assertThat(occi.send("GET", vm, null).headers().firstValue("ETag")).contains(etag);
    }
}
