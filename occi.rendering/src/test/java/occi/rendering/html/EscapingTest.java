package occi.rendering.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import occi.api.Resource;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityRepresentation;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Whatever a client stores, the pages show it as text: no markup, no script, no broken attribute. */
class EscapingTest {

    static final String SCRIPT = "<script>alert('owned')</script>";
    static final String ATTRIBUTE_BREAKOUT = "\"><script>alert(1)</script><b x=\"";

    final HtmlRendering rendering = new HtmlRendering(Look.defaults(), Fixtures.silentLogger(new ArrayList<>()));
    final Fixtures.Context context = Fixtures.context("http://127.0.0.1:8080/");

    @Test
    void aScriptPostedInAnAttributeComesBackAsInertText() throws Exception {
        // What a browser posts when a user types the script into the create form.
        EntityRepresentation posted = rendering.parseEntity(Fixtures.FormRequest.of(
                "kind=" + Links.encode(Fixtures.COMPUTE.id().toString())
                        + "&attribute.occi.core.title=" + Links.encode(SCRIPT)
                        + "&attribute.occi.compute.hostname=" + Links.encode(ATTRIBUTE_BREAKOUT)));
        assertThat(posted.attributes()).containsEntry("occi.core.title", SCRIPT).containsEntry("occi.compute.hostname", ATTRIBUTE_BREAKOUT);

        // As the server stores it and renders it back.
        Resource stored = new Resource("42", "/compute/42", Fixtures.COMPUTE.id(), List.of(),
                Map.of("occi.compute.hostname", ATTRIBUTE_BREAKOUT, "occi.compute.cores", 1L), SCRIPT, null, 1);
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderEntity(Fixtures.view(stored), context, response);
        Document page = Jsoup.parse(response.text());

        assertThat(page.select("script")).as("no script element anywhere").isEmpty();
        assertThat(page.select("b[x]")).as("no attribute broken out of").isEmpty();
        assertThat(response.text()).contains("&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;");
        assertThat(page.selectFirst("h1").text()).isEqualTo(SCRIPT);
        assertThat(page.title()).startsWith(SCRIPT);
        assertThat(page.selectFirst("td[data-attribute=occi.compute.hostname]").text()).isEqualTo(ATTRIBUTE_BREAKOUT);
        assertThat(page.selectFirst("form.update input[name=attribute.occi.compute.hostname]").val()).isEqualTo(ATTRIBUTE_BREAKOUT);
        // And should anything slip through, the browser is told to run no script at all.
        assertThat(response.header("Content-Security-Policy")).startsWith("default-src 'none'").doesNotContain("script-src");
        assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void collectionRowsAndMessagesAreEscapedToo() throws Exception {
        Resource stored = new Resource("x", "/compute/x", Fixtures.COMPUTE.id(), List.of(),
                Map.of("occi.compute.hostname", SCRIPT), SCRIPT, null, 1);
        Fixtures.Response collection = new Fixtures.Response();
        rendering.renderCollection(List.of(Fixtures.view(stored)).iterator(),
                new CollectionInfo("/compute/", Fixtures.COMPUTE, 1, 10, 1), context, collection);
        Fixtures.Response message = new Fixtures.Response();
        rendering.renderMessage(400, "attribute " + SCRIPT + " is unknown", context, message);

        for (Fixtures.Response response : List.of(collection, message)) {
            Document page = Jsoup.parse(response.text());
            assertThat(page.select("script")).isEmpty();
            assertThat(page.text()).contains(SCRIPT);
        }
    }

    @Test
    void theEscaperCoversTextAndAttributeContexts() {
        assertThat(Html.text("a < b && c > d")).isEqualTo("a &lt; b &amp;&amp; c &gt; d");
        assertThat(Html.attribute("\"'")).isEqualTo("&quot;&#39;");
        assertThat(Html.text("plain")).isSameAs("plain");
        assertThat(Html.text(null)).isEmpty();
    }
}
