package occi.rendering.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import occi.platform.testing.Endpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/**
 * The HTML interface's forms over real HTTP, as a browser posts them: a successful post is
 * answered 303 to the page to show next with {@code ?done=<key>} (POST-redirect-GET), and
 * that page says what was done; a failed post's error page links back to the page the form
 * was on. A client that asks for an OCCI media type keeps its usual answer.
 */
class HtmlFormsOverHttpTest {

    static final String HTML = "text/html";
    static final String FORM = "application/x-www-form-urlencoded";
    static final String COMPUTE = "http://schemas.ogf.org/occi/infrastructure#compute";
    static final String START = "http://schemas.ogf.org/occi/infrastructure/compute/action#start";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    // Never follows redirects: the 303 itself is what is tested.
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final List<URI> created = new ArrayList<>();
    URI base;

    @BeforeEach
    void theServerServesCompute() throws Exception {
        base = Endpoint.of(runtime.getServiceReference());
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        // The OCCI resource registers with the whiteboard, and the infrastructure backend with the server, a little after start.
        while (get(base.resolve("compute/"), "text/plain").statusCode() != 200) {
            assertThat(System.nanoTime()).as("%s is served within %s", base.resolve("compute/"), TIMEOUT).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }

    @AfterEach
    void deleteWhatWasCreated() throws Exception {
        for (URI location : created) {
            http.send(HttpRequest.newBuilder(location).timeout(TIMEOUT).DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void createActDeleteFromTheFormsEachRedirectToTheNextPageWithAMessage() throws Exception {
        HttpResponse<String> create = post(base.resolve("compute/"), "kind=" + enc(COMPUTE) + "&attribute.occi.compute.cores=2"
                + "&attribute.occi.core.title=" + enc("form vm"), HTML);
        assertThat(create.statusCode()).as(create.body()).isEqualTo(303);
        URI next = URI.create(create.headers().firstValue("Location").orElseThrow());
        assertThat(next.getRawQuery()).isEqualTo("done=created");
        URI vm = URI.create(next.toString().substring(0, next.toString().indexOf('?')));
        created.add(vm);
        assertThat(vm.toString()).startsWith(base.resolve("compute/").toString());

        HttpResponse<String> shown = get(next, HTML);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.body()).contains("class=\"message notice\"").contains("Created.").contains("form vm");
        String page = get(vm, HTML).body();
        assertThat(page).as("the message is shown once: not on the entity's own URL").doesNotContain("Created.");
        assertThat(page).as("tagging offers the mixins that apply to a compute").contains("<select name=\"mixin\" required=\"required\">")
                .contains("value=\"http://schemas.ogf.org/occi/infrastructure#os_tpl\"")
                .doesNotContain("value=\"http://schemas.ogf.org/occi/infrastructure/network#ipnetwork\"");

        HttpResponse<String> act = post(URI.create(vm + "?action=start"), "action=" + enc(START), HTML);
        assertThat(act.statusCode()).as(act.body()).isEqualTo(303);
        assertThat(act.headers().firstValue("Location")).hasValue(vm + "?done=acted");
        assertThat(get(vm, "text/plain").body()).contains("occi.compute.state=\"active\"");

        HttpResponse<String> update = post(vm, "attribute.occi.core.title=" + enc("renamed"), HTML);
        assertThat(update.statusCode()).as(update.body()).isEqualTo(303);
        assertThat(update.headers().firstValue("Location")).hasValue(vm + "?done=updated");

        // Tag with a user mixin, untag from the entity's page (back there), remove the mixin from the query interface.
        String tag = "http://example.org/html-forms-test#formtag";
        HttpResponse<String> defined = http.send(HttpRequest.newBuilder(base.resolve("-/")).timeout(TIMEOUT).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("Category: formtag; scheme=\"http://example.org/html-forms-test#\"; class=\"mixin\"; "
                        + "location=\"/form-tags/\"\n")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(defined.statusCode()).as(defined.body()).isEqualTo(200);
        HttpResponse<String> tagged = post(vm, "mixin=" + enc(tag), HTML);
        assertThat(tagged.statusCode()).as(tagged.body()).isEqualTo(303);
        assertThat(tagged.headers().firstValue("Location")).hasValue(vm + "?done=updated");
        HttpResponse<String> untagged = http.send(HttpRequest.newBuilder(base.resolve("form-tags/?_method=DELETE")).timeout(TIMEOUT)
                .header("Accept", HTML).header("Content-Type", FORM).header("Referer", vm + "?done=updated")
                .POST(HttpRequest.BodyPublishers.ofString("location=" + enc(vm.getRawPath()))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(untagged.statusCode()).as(untagged.body()).isEqualTo(303);
        assertThat(untagged.headers().firstValue("Location")).as("back to the page the untag button was on").hasValue(vm + "?done=untagged");
        HttpResponse<String> removed = post(base.resolve("-/?_method=DELETE"), "category=" + enc(tag), HTML);
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(303);
        assertThat(removed.headers().firstValue("Location")).hasValue(base.resolve("-/") + "?done=mixin-removed");
        assertThat(get(base.resolve("-/?done=mixin-removed"), HTML).body()).contains("The mixin was removed.");

        HttpResponse<String> delete = post(URI.create(vm + "?_method=DELETE"), "", HTML);
        assertThat(delete.statusCode()).as(delete.body()).isEqualTo(303);
        assertThat(delete.headers().firstValue("Location")).hasValue(base.resolve("compute/") + "?done=deleted");
        assertThat(get(vm, HTML).statusCode()).isEqualTo(404);
        assertThat(get(base.resolve("compute/?done=deleted"), HTML).body()).contains("Deleted.");
    }

    @Test
    void aFailedFormPostLinksBackToThePageItCameFrom() throws Exception {
        HttpResponse<String> create = post(base.resolve("compute/"), "kind=" + enc(COMPUTE) + "&attribute.occi.compute.cores=many", HTML);

        assertThat(create.statusCode()).as(create.body()).isEqualTo(400);
        assertThat(create.body()).contains("<a href=\"" + base.resolve("compute/").getRawPath() + "\" rel=\"up\">Back to /compute/</a>");
    }

    @Test
    void anOcciClientPostingAFormKeepsItsUsualAnswer() throws Exception {
        HttpResponse<String> create = post(base.resolve("compute/"), "kind=" + enc(COMPUTE) + "&attribute.occi.compute.cores=1", "text/plain");

        assertThat(create.statusCode()).as(create.body()).isEqualTo(201);
        created.add(URI.create(create.headers().firstValue("Location").orElseThrow()));
    }

    private HttpResponse<String> post(URI uri, String form, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", accept).header("Content-Type", FORM)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(URI uri, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
