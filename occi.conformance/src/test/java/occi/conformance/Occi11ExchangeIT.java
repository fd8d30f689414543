package occi.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A conversation as an OCCI 1.1 client holds it, in the header rendering (text/occi), with
 * categories named without {@code class} (as 1.1 clients name kinds and actions), several
 * attributes in one {@code X-OCCI-Attribute} header, and every answer read by this module's own
 * GFD.229 reader: create at the service root and at a kind's location, list in text/occi and
 * text/uri-list, define a user mixin, tag (two locations comma-joined in one header), act on the
 * mixin's collection, replace the mixin's collection with PUT, filter by category and by attribute, untag, delete the mixin, delete a collection. It runs
 * after the classes that read the container (it deletes a whole collection).
 */
@ExtendWith(ExportedContainer.class)
@Order(4)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class Occi11ExchangeIT {

    static final String COMPUTE = "compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"";
    static final String STORAGE = "storage; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"";
    static final String MIXIN = "exchange11; scheme=\"http://example.org/occi/exchange11#\"";
    static final String USER_AGENT = "conformance-test OCCI/1.1";

    @Test
    @Order(1)
    void theServerAnnouncesOcci11WhereOcci11ClientsLook(Occi occi) {
        HttpResponse<String> answer = occi.send("GET", "/-/", null, "Accept", "text/occi", "User-Agent", USER_AGENT);

        assertThat(answer.statusCode()).isEqualTo(200);
        // GFD.223: the server sends "Server: <product> OCCI/1.2"; 1.1 clients look for their version there too
        assertThat(answer.headers().firstValue("Server").orElse("")).contains("OCCI/1.2").contains("OCCI/1.1");
        TextRendering.headers(answer.headers()).assertOnlyCategories("/-/");
    }

    @Test
    @Order(2)
    void aWholeConversation(Occi occi) {
        // create at the service root and at the kind's location, classless Category, attributes comma-joined
        String atRoot = create(occi, "/", COMPUTE, "occi.core.title=\"made at the root\", occi.compute.cores=2");
        String atKind = create(occi, "/compute/", COMPUTE, "occi.core.title=\"made at /compute/, with \\\"quotes\\\", and commas\", occi.compute.cores=1");
        assertThat(path(atRoot)).startsWith("/compute/");
        HttpResponse<String> inferred = occi.send("POST", "/", "", "Content-Type", "text/occi", "Accept", "text/occi", "User-Agent", USER_AGENT,
                "Category", COMPUTE, "X-OCCI-Attribute", "occi.core.title=\"inferred\"");
        assertThat(inferred.statusCode()).isEqualTo(201);
        // what the server inferred (the class, the collection) is said in plain words (RFC 7234 Warning, code 299)
        assertThat(inferred.headers().allValues("Warning")).as("Warning headers").isNotEmpty().allMatch(w -> w.startsWith("299 "));
        occi.send("DELETE", path(inferred.headers().firstValue("Location").orElseThrow()), null);
        TextRendering second = read(occi, path(atKind));
        assertThat(second.attribute("occi.core.title")).isEqualTo("made at /compute/, with \"quotes\", and commas");

        // GFD.223: a partial update (POST to the entity) and an action on it answer 200 with the entity's rendering
        HttpResponse<String> renamed = occi.send("POST", path(atKind), "", "Content-Type", "text/occi", "Accept", "text/occi",
                "User-Agent", USER_AGENT, "X-OCCI-Attribute", "occi.core.title=\"renamed, once\"");
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        assertThat(TextRendering.headers(renamed.headers()).assertEntityOrder(path(atKind)).attribute("occi.core.title")).isEqualTo("renamed, once");
        HttpResponse<String> started = occi.send("POST", path(atKind) + "?action=start", "", "Content-Type", "text/occi", "Accept", "text/occi",
                "User-Agent", USER_AGENT, "Category", "start; scheme=\"http://schemas.ogf.org/occi/infrastructure/compute/action#\"");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
        assertThat(TextRendering.headers(started.headers()).assertEntityOrder(path(atKind)).attribute("occi.compute.state")).isEqualTo("active");
        HttpResponse<String> stopped = occi.send("POST", path(atKind) + "?action=stop", "", "Content-Type", "text/occi", "Accept", "text/occi",
                "User-Agent", USER_AGENT, "Category", "stop; scheme=\"http://schemas.ogf.org/occi/infrastructure/compute/action#\"",
                "X-OCCI-Attribute", "method=\"graceful\"");
        assertThat(stopped.statusCode()).as(stopped.body()).isEqualTo(200);
        assertThat(TextRendering.headers(stopped.headers()).assertEntityOrder(path(atKind)).attribute("occi.compute.state")).isEqualTo("inactive");

        // list: text/occi and text/uri-list name the same members
        Set<String> listed = listHeaders(occi, "/compute/");
        assertThat(listed).contains(path(atRoot), path(atKind)).isEqualTo(listUris(occi, "/compute/"));

        // define a user mixin (a definition names its class, as in 1.1)
        HttpResponse<String> define = occi.send("POST", "/-/", "", "Content-Type", "text/occi", "Accept", "text/occi", "User-Agent", USER_AGENT,
                "Category", MIXIN + "; class=\"mixin\"; title=\"1.1 exchange\"; location=\"/exchange11/\"");
        assertThat(define.statusCode()).as(define.body()).isEqualTo(200);
        assertThat(TextRendering.headers(occi.send("GET", "/-/", null, "Accept", "text/occi").headers()).categories())
                .anyMatch(c -> c.type().equals("http://example.org/occi/exchange11#exchange11") && "/exchange11/".equals(c.location()));

        // tag both, act on the mixin's collection (every member starts), then replace the collection with one
        locations(occi, "POST", "/exchange11/", atRoot + ", " + atKind);
        assertThat(listHeaders(occi, "/exchange11/")).containsExactlyInAnyOrder(path(atRoot), path(atKind));
        HttpResponse<String> act = occi.send("POST", "/exchange11/?action=start", "", "Content-Type", "text/occi", "Accept", "text/occi",
                "User-Agent", USER_AGENT, "Category", "start; scheme=\"http://schemas.ogf.org/occi/infrastructure/compute/action#\"");
        assertThat(act.statusCode()).as(act.body()).isEqualTo(200);
        assertThat(read(occi, path(atRoot)).attribute("occi.compute.state")).isEqualTo("active");
        assertThat(read(occi, path(atKind)).attribute("occi.compute.state")).isEqualTo("active");
        locations(occi, "PUT", "/exchange11/", atKind);
        assertThat(listHeaders(occi, "/exchange11/")).containsExactly(path(atKind)).isEqualTo(listUris(occi, "/exchange11/"));
        assertThat(read(occi, path(atKind)).categories()).anyMatch(c -> c.term().equals("exchange11"));
        assertThat(read(occi, path(atRoot)).categories()).noneMatch(c -> c.term().equals("exchange11"));

        // filter by category (1.1: a Category header on the GET; 1.2: ?category=) and by attribute
        assertThat(listHeaders(occi, "/compute/", "Category", MIXIN)).containsExactly(path(atKind));
        assertThat(listHeaders(occi, "/compute/?category=" + URLEncoder.encode("http://example.org/occi/exchange11#exchange11", StandardCharsets.UTF_8)))
                .containsExactly(path(atKind));
        assertThat(listHeaders(occi, "/compute/", "X-OCCI-Attribute", "occi.core.title=\"made at the root\"")).containsExactly(path(atRoot));

        // untag, delete the mixin
        locations(occi, "DELETE", "/exchange11/", atKind);
        assertThat(listHeaders(occi, "/exchange11/")).isEmpty();
        HttpResponse<String> remove = occi.send("DELETE", "/-/", null, "Content-Type", "text/occi", "Accept", "text/occi", "User-Agent", USER_AGENT,
                "Category", MIXIN + "; class=\"mixin\"");
        assertThat(remove.statusCode()).as(remove.body()).isEqualTo(200);
        assertThat(TextRendering.headers(occi.send("GET", "/-/", null, "Accept", "text/occi").headers()).categories())
                .noneMatch(c -> c.type().equals("http://example.org/occi/exchange11#exchange11"));
        assertThat(read(occi, path(atKind)).categories()).noneMatch(c -> c.term().equals("exchange11"));

        // delete a collection: the storages (made here, one in text/plain with "\n\r" line breaks as some 1.1 clients send)
        create(occi, "/storage/", STORAGE, "occi.storage.size=1");
        HttpResponse<String> oddBreaks = occi.send("POST", "/storage/", "Category: " + STORAGE + "\n\rX-OCCI-Attribute: occi.storage.size=3\n\r",
                "Content-Type", "text/plain", "Accept", "text/plain", "User-Agent", USER_AGENT);
        assertThat(oddBreaks.statusCode()).as("text/plain with \\n\\r line breaks: %s", oddBreaks.body()).isEqualTo(201);
        assertThat(listUris(occi, "/storage/")).hasSizeGreaterThanOrEqualTo(2);
        HttpResponse<String> deleteAll = occi.send("DELETE", "/storage/", null, "Accept", "text/occi", "User-Agent", USER_AGENT);
        assertThat(deleteAll.statusCode()).as(deleteAll.body()).isEqualTo(200);
        assertThat(listUris(occi, "/storage/")).isEmpty();
        assertThat(listHeaders(occi, "/storage/")).isEmpty();
        assertThat(occi.get(path(atRoot), "text/occi").statusCode()).as("the computes are still there").isEqualTo(200);
    }

    /**
     * GFD.223, "Collections": to POST that associates a Mixin the server "MUST include an entity
     * collection rendering"; to a PUT on a Mixin's collection "The response MUST include an entity
     * collection rendering"; to a triggered action ("Trigger Action", "Server POST response") "The
     * response of the HTTP GET response MUST contain an entity collection rendering" (sic). Asked for
     * in text/occi (X-OCCI-Location headers, body OK) and text/plain (X-OCCI-Location lines), the
     * answer must name the collection's members.
     */
    @Test
    @Order(3)
    void mixinCollectionWritesAndCollectionActionsAnswerWithTheCollection(Occi occi) {
        Findings findings = new Findings();
        String one = create(occi, "/compute/", COMPUTE, "occi.core.title=\"collection answers 1\"");
        String two = create(occi, "/compute/", COMPUTE, "occi.core.title=\"collection answers 2\"");
        HttpResponse<String> define = occi.send("POST", "/-/", "", "Content-Type", "text/occi", "Category",
                "answers; scheme=\"http://example.org/occi/exchange11#\"; class=\"mixin\"; location=\"/answers/\"");
        assertThat(define.statusCode()).as(define.body()).isEqualTo(200);
        try {
            for (String mediaType : List.of("text/occi", "text/plain")) {
                boolean headers = mediaType.equals("text/occi");
                String tagBody = headers ? "" : "X-OCCI-Location: " + one + "\nX-OCCI-Location: " + two + "\n";
                String[] tagHeaders = headers ? new String[] {"X-OCCI-Location", one + ", " + two} : new String[0];
                expectCollection(occi, findings, "POST /answers/ (tag) in " + mediaType,
                        send(occi, "POST", "/answers/", mediaType, tagBody, tagHeaders), "/answers/", headers);
                String actionBody = headers ? "" : "Category: stop; scheme=\"http://schemas.ogf.org/occi/infrastructure/compute/action#\"; class=\"action\"\n";
                String actionVerb = headers ? "start" : "stop";
                String[] actionHeaders = headers ? new String[] {"Category",
                        "start; scheme=\"http://schemas.ogf.org/occi/infrastructure/compute/action#\"; class=\"action\""} : new String[0];
                expectCollection(occi, findings, "POST /answers/?action=" + actionVerb + " in " + mediaType,
                        send(occi, "POST", "/answers/?action=" + actionVerb, mediaType, actionBody, actionHeaders), "/answers/", headers);
                String putBody = headers ? "" : "X-OCCI-Location: " + one + "\n";
                String[] putHeaders = headers ? new String[] {"X-OCCI-Location", one} : new String[0];
                expectCollection(occi, findings, "PUT /answers/ in " + mediaType,
                        send(occi, "PUT", "/answers/", mediaType, putBody, putHeaders), "/answers/", headers);
            }
        } finally {
            occi.send("DELETE", "/-/", "", "Content-Type", "text/occi", "Category", "answers; scheme=\"http://example.org/occi/exchange11#\"; class=\"mixin\"");
            occi.send("DELETE", path(one), null);
            occi.send("DELETE", path(two), null);
        }
        findings.assertNone("the answers to writes on collections");
    }

    private static HttpResponse<String> send(Occi occi, String method, String location, String mediaType, String body, String... headers) {
        List<String> all = new java.util.ArrayList<>(List.of("Content-Type", mediaType, "Accept", mediaType, "User-Agent", USER_AGENT));
        all.addAll(List.of(headers));
        return occi.send(method, location, body, all.toArray(String[]::new));
    }

    private static void expectCollection(Occi occi, Findings findings, String where, HttpResponse<String> answer, String collection, boolean headers) {
        findings.check(where, () -> {
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
            TextRendering rendering = headers ? TextRendering.headers(answer.headers()) : TextRendering.plain(answer.body());
            Set<String> rendered = rendering.assertOnlyLocations(where).locations().stream().map(URI::getRawPath)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(rendered).as("the entity collection rendering in the answer (body: %s)", answer.body().strip())
                    .isEqualTo(listUris(occi, collection));
        });
    }

    private static String create(Occi occi, String location, String category, String attributes) {
        HttpResponse<String> answer = occi.send("POST", location, "", "Content-Type", "text/occi", "Accept", "text/occi", "User-Agent", USER_AGENT,
                "Category", category, "X-OCCI-Attribute", attributes);
        assertThat(answer.statusCode()).as("POST %s Category: %s: %s", location, category, answer.body()).isEqualTo(201);
        String location1 = answer.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no Location header"));
        Gfd229.uriReference(location1, "Location", "Location: " + location1);
        return location1;
    }

    private static TextRendering read(Occi occi, String path) {
        HttpResponse<String> answer = occi.send("GET", path, null, "Accept", "text/occi", "User-Agent", USER_AGENT);
        assertThat(answer.statusCode()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
        assertThat(answer.body().strip()).isEqualTo("OK");
        return TextRendering.headers(answer.headers()).assertEntityOrder(path);
    }

    /** Tags (POST), sets (PUT) or untags (DELETE); a POST or PUT answers with the mixin's collection (GFD.223). */
    private static void locations(Occi occi, String method, String mixinLocation, String entity) {
        HttpResponse<String> answer = occi.send(method, mixinLocation, "", "Content-Type", "text/occi", "Accept", "text/occi",
                "User-Agent", USER_AGENT, "X-OCCI-Location", entity);
        assertThat(answer.statusCode()).as("%s %s X-OCCI-Location: %s: %s", method, mixinLocation, entity, answer.body()).isEqualTo(200);
    }

    private static Set<String> listHeaders(Occi occi, String location, String... filter) {
        List<String> headers = new java.util.ArrayList<>(List.of("Accept", "text/occi", "User-Agent", USER_AGENT));
        headers.addAll(List.of(filter));
        HttpResponse<String> answer = occi.send("GET", location, null, headers.toArray(String[]::new));
        assertThat(answer.statusCode()).as("GET %s: %s", location, answer.body()).isEqualTo(200);
        List<URI> locations = TextRendering.headers(answer.headers()).assertOnlyLocations(location).locations();
        return locations.stream().map(URI::getRawPath).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> listUris(Occi occi, String location) {
        HttpResponse<String> answer = occi.send("GET", location, null, "Accept", "text/uri-list", "User-Agent", USER_AGENT);
        assertThat(answer.statusCode()).isEqualTo(200);
        return TextRendering.uriList(answer.body()).stream().map(URI::getRawPath).collect(Collectors.toCollection(TreeSet::new));
    }

    private static String path(String uri) {
        return URI.create(uri).getRawPath();
    }
}
