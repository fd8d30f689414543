package occi.server.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/**
 * The operation table of the OCCI HTTP protocol, row by row, against the running container
 * with its text renderings and a backend registered as a service.
 */
class OcciProtocolTest {

    private static final String SCHEME = "http://example.org/itest/protocol#";
    private static final String MACHINE_CATEGORY = "Category: machine; scheme=\"" + SCHEME + "\"; class=\"kind\"\n";

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    private ServerFixture server;
    private OcciClient occi;
    private final Samples.MachineBackend backend = new Samples.MachineBackend(SCHEME, "machine");

    @BeforeEach
    void start() throws Exception {
        server = new ServerFixture(context, runtime);
        occi = server.client;
        server.register(backend);
    }

    @AfterEach
    void stop() throws Exception {
        occi.send("DELETE", "/machine/", null);
        server.close();
    }

    private String machine(String attributes) throws Exception {
        return occi.create("/machine/", MACHINE_CATEGORY + attributes);
    }

    @Test
    void theQueryInterfaceListsCoreKindsAndBackendCategoriesWithRelativeLocations() throws Exception {
        for (String path : List.of("/-/", "/.well-known/org/ogf/occi/-/")) {
            HttpResponse<String> qi = occi.get(path);
            assertThat(qi.statusCode()).isEqualTo(200);
            assertThat(qi.body()).contains("Category: entity; scheme=\"http://schemas.ogf.org/occi/core#\"; class=\"kind\"",
                    "Category: resource;", "Category: link;", "location=\"/resource/\"",
                    "Category: machine; scheme=\"" + SCHEME + "\"; class=\"kind\"", "location=\"/machine/\"",
                    "Category: reboot; scheme=\"" + SCHEME + "\"; class=\"action\"");
        }
        HttpResponse<String> filtered = occi.get("/-/?category=" + java.net.URLEncoder.encode(SCHEME + "machine", "UTF-8"));
        assertThat(filtered.body().lines().filter(l -> l.startsWith("Category:"))).hasSize(1);
    }

    @Test
    void everyAnswerHasOneContentLengthAndTheOcciVersion() throws Exception {
        String vm = machine("");
        for (HttpResponse<String> answer : List.of(occi.get("/-/"), occi.get(vm), occi.get("/machine/"), occi.get("/nothing"),
                occi.send("PUT", "/-/", null), occi.send("DELETE", vm, null))) {
            assertThat(answer.headers().allValues("Content-Length")).as(answer.uri().toString()).hasSize(1);
            assertThat(answer.headers().firstValue("Server")).get().asString().endsWith("OCCI/1.2 OCCI/1.1");
        }
    }

    @Test
    void headAndOptionsAnswerEverywhere() throws Exception {
        String vm = machine("");
        for (String path : List.of("/-/", "/machine/", vm, "/")) {
            HttpResponse<String> get = occi.get(path);
            HttpResponse<String> head = occi.send("HEAD", path, null);
            assertThat(head.statusCode()).isEqualTo(200);
            assertThat(head.body()).isEmpty();
            assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(get.body().getBytes().length));
            assertThat(occi.send("OPTIONS", path, null).headers().firstValue("Allow")).get().asString().contains("GET", "HEAD", "OPTIONS");
        }
        assertThat(occi.send("OPTIONS", "/machine/", null).headers().firstValue("Allow")).contains("GET, HEAD, OPTIONS, POST, DELETE");
    }

    @Test
    void versionsAndMediaTypesAreNegotiated() throws Exception {
        assertThat(occi.get("/-/", "User-Agent", "client OCCI/1.3").statusCode()).isEqualTo(501);
        assertThat(occi.get("/-/", "User-Agent", "client OCCI/1.1").statusCode()).isEqualTo(200);
        assertThat(occi.get("/-/").headers().firstValue("Content-Type")).contains("text/plain");
        HttpResponse<String> headers = occi.get("/-/", "Accept", "text/plain;q=0.5, text/occi");
        assertThat(headers.headers().firstValue("Content-Type")).contains("text/occi");
        assertThat(headers.headers().allValues("Category")).isNotEmpty();
        HttpResponse<String> refused = occi.get("/-/", "Accept", "application/x-unknown");
        assertThat(refused.statusCode()).isEqualTo(406);
        assertThat(refused.body()).isNotBlank();
        assertThat(occi.send("POST", "/machine/", "<machine/>", "Content-Type", "application/xml").statusCode()).isEqualTo(415);
    }

    @Test
    void aResourceIsCreatedReadUpdatedReplacedActedOnAndDeleted() throws Exception {
        HttpResponse<String> created = occi.sendPlain("POST", "/machine/", MACHINE_CATEGORY
                + "X-OCCI-Attribute: itest.size=3\nX-OCCI-Attribute: occi.core.title=\"first\"\n");
        assertThat(created.statusCode()).isEqualTo(201);
        String vm = created.headers().firstValue("Location").orElseThrow();
        assertThat(vm).startsWith(occi.base() + "machine/");
        assertThat(backend.calls).contains("create machine");

        HttpResponse<String> read = occi.get(vm);
        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).contains("X-OCCI-Attribute: itest.size=3", "X-OCCI-Attribute: itest.state=\"down\"",
                "X-OCCI-Attribute: occi.core.title=\"first\"", "?action=reboot>");

        assertThat(occi.sendPlain("POST", vm, "X-OCCI-Attribute: itest.size=5\n").body()).contains("itest.size=5", "occi.core.title=\"first\"");
        HttpResponse<String> immutable = occi.sendPlain("POST", vm, "X-OCCI-Attribute: itest.state=\"up\"\n");
        assertThat(immutable.statusCode()).isEqualTo(400);
        assertThat(immutable.body()).contains("itest.state");
        HttpResponse<String> badValue = occi.sendPlain("POST", vm, "X-OCCI-Attribute: itest.size=\"big\"\n");
        assertThat(badValue.statusCode()).isEqualTo(400);
        assertThat(badValue.body()).contains("itest.size");

        HttpResponse<String> replaced = occi.sendPlain("PUT", vm, MACHINE_CATEGORY + "X-OCCI-Attribute: itest.size=7\n");
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(replaced.body()).contains("itest.size=7").doesNotContain("occi.core.title");

        HttpResponse<String> rebooted = occi.sendPlain("POST", vm + "?action=reboot",
                "Category: reboot; scheme=\"" + SCHEME + "\"; class=\"action\"\n");
        assertThat(rebooted.statusCode()).isEqualTo(200);
        assertThat(rebooted.body()).contains("itest.state=\"up\"");

        assertThat(occi.send("DELETE", vm, null).statusCode()).isEqualTo(200);
        assertThat(occi.get(vm).statusCode()).isEqualTo(404);
    }

    @Test
    void putCreatesAtTheClientsPathAndAcceptsActionLinksInTheBody() throws Exception {
        String path = "/machine/chosen-" + System.nanoTime();
        HttpResponse<String> created = occi.sendPlain("PUT", path, MACHINE_CATEGORY
                + "Link: <" + path + "?action=reboot>; rel=\"" + SCHEME + "reboot\"\n");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).contains(occi.uri(path).toString());
        String full = occi.get(path).body();
        assertThat(occi.sendPlain("PUT", path, full).statusCode()).isEqualTo(200);
    }

    @Test
    void textOcciCarriesTheEntityInHeaders() throws Exception {
        HttpResponse<String> created = occi.send("POST", "/machine/", null, "Content-Type", "text/occi",
                "Category", "machine; scheme=\"" + SCHEME + "\"; class=\"kind\"", "X-OCCI-Attribute", "itest.size=9");
        assertThat(created.statusCode()).isEqualTo(201);
        HttpResponse<String> read = occi.get(created.headers().firstValue("Location").orElseThrow(), "Accept", "text/occi");
        assertThat(String.join(",", read.headers().allValues("X-OCCI-Attribute"))).contains("itest.size=9");
    }

    @Test
    void aStaleWriteIs412() throws Exception {
        String vm = machine("");
        String etag = occi.get(vm).headers().firstValue("ETag").orElseThrow();
        assertThat(occi.get(vm, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(occi.sendPlain("POST", vm, "X-OCCI-Attribute: itest.size=2\n", "If-Match", etag).statusCode()).isEqualTo(200);
        assertThat(occi.sendPlain("POST", vm, "X-OCCI-Attribute: itest.size=3\n", "If-Match", etag).statusCode()).isEqualTo(412);
        assertThat(occi.get(vm).body()).contains("itest.size=2");
    }

    @Test
    void aMixinCollectionTagsReplacesAndUntagsAndNeverDeletes() throws Exception {
        String a = machine("");
        String b = machine("");
        assertThat(occi.sendPlain("POST", "/machine_tpl/", "X-OCCI-Location: " + a + "\n").statusCode()).isEqualTo(200);
        assertThat(OcciClient.locations(occi.get("/machine_tpl/"))).containsExactly(a);
        assertThat(occi.sendPlain("PUT", "/machine_tpl/", "X-OCCI-Location: " + b + "\n").statusCode()).isEqualTo(200);
        assertThat(OcciClient.locations(occi.get("/machine_tpl/"))).containsExactly(b);

        HttpResponse<String> noLocations = occi.send("DELETE", "/machine_tpl/", null);
        assertThat(noLocations.statusCode()).isEqualTo(400);
        assertThat(occi.get(b).statusCode()).isEqualTo(200);
        assertThat(OcciClient.locations(occi.get("/machine_tpl/"))).containsExactly(b);

        assertThat(occi.sendPlain("DELETE", "/machine_tpl/", "X-OCCI-Location: " + b + "\n").statusCode()).isEqualTo(200);
        assertThat(OcciClient.locations(occi.get("/machine_tpl/"))).isEmpty();
        assertThat(occi.get(b).statusCode()).isEqualTo(200);
    }

    @Test
    void aPostWithMethodDeleteOrPutIsServedAsThatMethodAndNothingElseIs() throws Exception {
        String vm = machine("X-OCCI-Attribute: itest.size=3\n");
        HttpResponse<String> refused = occi.send("POST", vm + "?_method=PATCH", "", "Content-Type", "application/x-www-form-urlencoded");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("_method");
        assertThat(occi.get(vm + "?_method=DELETE").statusCode()).as("a GET is never turned into a DELETE").isEqualTo(200);

        HttpResponse<String> replaced = occi.sendPlain("POST", vm + "?_method=PUT", MACHINE_CATEGORY + "X-OCCI-Attribute: itest.size=7\n");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        assertThat(occi.get(vm).body()).contains("itest.size=7");

        assertThat(occi.sendPlain("POST", "/machine_tpl/", "X-OCCI-Location: " + vm + "\n").statusCode()).isEqualTo(200);
        HttpResponse<String> untagged = occi.sendPlain("POST", "/machine_tpl/?_method=DELETE", "X-OCCI-Location: " + vm + "\n");
        assertThat(untagged.statusCode()).as(untagged.body()).isEqualTo(200);
        assertThat(OcciClient.locations(occi.get("/machine_tpl/"))).isEmpty();

        HttpResponse<String> deleted = occi.send("POST", vm + "?_method=DELETE", "", "Content-Type", "application/x-www-form-urlencoded");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(200);
        assertThat(occi.get(vm).statusCode()).isEqualTo(404);
    }

    @Test
    void aPartialUpdateNamingAMixinAddsItToTheEntitysMixins() throws Exception {
        String vm = machine("");
        String template = "Category: machine_tpl; scheme=\"" + SCHEME + "\"; class=\"mixin\"\n";
        HttpResponse<String> tagged = occi.sendPlain("POST", vm, template);
        assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(200);
        assertThat(tagged.body()).contains("Category: machine_tpl; scheme=\"" + SCHEME + "\"; class=\"mixin\"");
        assertThat(OcciClient.locations(occi.get("/machine_tpl/"))).containsExactly(vm);

        HttpResponse<String> updated = occi.sendPlain("POST", vm, "X-OCCI-Attribute: itest.size=4\n");
        assertThat(updated.body()).as("an update naming no mixin keeps them").contains("Category: machine_tpl;", "itest.size=4");
        assertThat(OcciClient.locations(occi.get("/machine_tpl/"))).containsExactly(vm);
    }

    @Test
    void kindCollectionsListFilterPageActAndDelete() throws Exception {
        String small = machine("X-OCCI-Attribute: itest.size=1\n");
        String big = machine("X-OCCI-Attribute: itest.size=8\n");
        assertThat(OcciClient.locations(occi.get("/machine/"))).containsExactlyInAnyOrder(small, big);
        assertThat(OcciClient.locations(occi.get("/resource/"))).contains(small, big);
        assertThat(OcciClient.locations(occi.get("/machine/", "Content-Type", "text/occi", "X-OCCI-Attribute", "itest.size=8")))
                .containsExactly(big);
        assertThat(OcciClient.locations(occi.get("/machine/?page=1&number=1"))).hasSize(1);
        assertThat(OcciClient.locations(occi.get("/machine/?page=3&number=1"))).isEmpty();
        assertThat(occi.get("/machine/?number=100000").statusCode()).isEqualTo(413);
        assertThat(occi.get("/machine/?whatever=1").statusCode()).isEqualTo(200);
        assertThat(occi.get("/machine/", "Accept", "text/uri-list").body().lines()).containsExactlyInAnyOrder(small, big);
        assertThat(occi.get(small, "Accept", "text/uri-list").statusCode()).isEqualTo(400);

        assertThat(occi.send("POST", "/machine/?action=reboot", null).statusCode()).isEqualTo(200);
        assertThat(occi.get(small).body()).contains("itest.state=\"up\"");
        assertThat(occi.get(big).body()).contains("itest.state=\"up\"");

        assertThat(occi.send("DELETE", "/machine/", null).statusCode()).isEqualTo(200);
        assertThat(OcciClient.locations(occi.get("/machine/"))).isEmpty();
    }

    @Test
    void pathsEndingInASlashListWhatIsBelowAndAreReadOnly() throws Exception {
        String vm = machine("");
        assertThat(OcciClient.locations(occi.get("/"))).contains(vm);
        HttpResponse<String> delete = occi.send("DELETE", "/", null);
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(occi.get(vm).statusCode()).isEqualTo(200);
    }

    @Test
    void usersDefineAndRemoveMixinsButNotTheProvidersOnes() throws Exception {
        String tag = "Category: mine; scheme=\"http://me.example/tags#\"; class=\"mixin\"; location=\"/mine-"
                + System.nanoTime() + "/\"; rel=\"http://nowhere.example/unknown#thing\"\n";
        HttpResponse<String> defined = occi.sendPlain("POST", "/-/", tag);
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(200);
        assertThat(occi.get("/-/").body()).contains("Category: mine; scheme=\"http://me.example/tags#\"");
        assertThat(occi.sendPlain("DELETE", "/-/", "Category: mine; scheme=\"http://me.example/tags#\"; class=\"mixin\"\n").statusCode())
                .isEqualTo(200);
        assertThat(occi.get("/-/").body()).doesNotContain("http://me.example/tags#");
        assertThat(occi.sendPlain("DELETE", "/-/", "Category: machine_tpl; scheme=\"" + SCHEME + "\"; class=\"mixin\"\n").statusCode())
                .isEqualTo(403);
    }

    @Test
    void deletingAResourceDeletesItsLinks() throws Exception {
        String target = machine("");
        String source = occi.create("/machine/", MACHINE_CATEGORY + "Link: <" + target + ">; rel=\"" + SCHEME + "machine\"; category=\""
                + "http://schemas.ogf.org/occi/core#link\"\n");
        String rendered = occi.get(source).body();
        assertThat(rendered).contains("Link: <" + target + ">");
        // the container also serves the CONFINE testbed's links (sub-kinds of core#link): only those below /link/ are this test's
        assertThat(OcciClient.locations(occi.get("/link/"))).filteredOn(l -> l.contains("/link/")).hasSize(1);
        assertThat(occi.send("DELETE", source, null).statusCode()).isEqualTo(200);
        assertThat(OcciClient.locations(occi.get("/link/"))).filteredOn(l -> l.contains("/link/")).isEmpty();
        assertThat(occi.get(target).statusCode()).isEqualTo(200);
    }
}
