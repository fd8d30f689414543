package occi.rendering.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** The stylesheet option: built-in, inline CSS of the operator's own, or a linked URL. */
class StylesheetTest {

    final List<String> warnings = new ArrayList<>();
    final Fixtures.Context context = Fixtures.context("http://127.0.0.1:8080/");

    static HtmlRenderingConfig config(String url, String css, String title) {
        return new HtmlRenderingConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return HtmlRenderingConfig.class;
            }

            @Override
            public String stylesheet_url() {
                return url;
            }

            @Override
            public String stylesheet_css() {
                return css;
            }

            @Override
            public String site_title() {
                return title;
            }
        };
    }

    Fixtures.Response page(HtmlRenderingConfig config) throws Exception {
        HtmlRendering rendering = new HtmlRendering(Fixtures.silentLogger(warnings), config);
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderMessage(200, "OK", context, response);
        return response;
    }

    static String sha256(String text) throws Exception {
        return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theDefaultIsTheBuiltInSheetInlineAndAdmittedByItsHash() throws Exception {
        Fixtures.Response response = page(config("", "", "OCCI"));
        Document page = Jsoup.parse(response.text());

        String css = page.selectFirst("head style").data();
        assertThat(css).contains("font:").contains("table");
        assertThat(page.select("link[rel=stylesheet]")).isEmpty();
        assertThat(response.header("Content-Security-Policy")).contains("style-src 'sha256-" + sha256(css) + "'");
        assertThat(warnings).isEmpty();
    }

    @Test
    void inlineCssOfTheOperatorsOwnReplacesItAndCannotCloseTheStyleElement() throws Exception {
        Fixtures.Response response = page(config("", "body { color: teal } </style><script>alert(1)</script>", "Testbed"));
        Document page = Jsoup.parse(response.text());

        assertThat(page.select("script")).isEmpty();
        String css = page.selectFirst("head style").data();
        assertThat(css).startsWith("body { color: teal }").doesNotContain("<");
        assertThat(response.header("Content-Security-Policy")).contains("'sha256-" + sha256(css) + "'");
        assertThat(page.title()).isEqualTo("200 OK · Testbed");
        assertThat(page.selectFirst("header.site .brand").text()).isEqualTo("Testbed");
    }

    @Test
    void aStylesheetUrlIsLinkedAndItsOriginAdmitted() throws Exception {
        Fixtures.Response response = page(config("https://cdn.example.org:8443/themes/occi.css", "ignored {}", ""));
        Document page = Jsoup.parse(response.text());

        assertThat(page.selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("https://cdn.example.org:8443/themes/occi.css");
        assertThat(page.select("head style")).isEmpty();
        assertThat(response.header("Content-Security-Policy")).contains("style-src https://cdn.example.org:8443;");

        Fixtures.Response local = page(config("/static/occi.css", "", "OCCI"));
        assertThat(Jsoup.parse(local.text()).selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/static/occi.css");
        assertThat(local.header("Content-Security-Policy")).contains("style-src 'self';");
    }

    @Test
    void anUnusableUrlIsReportedAndTheBuiltInSheetUsed() throws Exception {
        Fixtures.Response response = page(config("javascript:alert(1)", "", "OCCI"));
        Document page = Jsoup.parse(response.text());

        assertThat(page.select("link[rel=stylesheet]")).isEmpty();
        assertThat(page.selectFirst("head style").data()).contains("font:");
        assertThat(warnings).singleElement().asString().contains("javascript:alert(1)");
    }

    @Test
    void aConfigurationChangeRestylesTheNextPage() throws Exception {
        HtmlRendering rendering = new HtmlRendering(Fixtures.silentLogger(warnings), config("", "", "OCCI"));
        rendering.modified(config("/theme.css", "", "OCCI"));
        Fixtures.Response response = new Fixtures.Response();
        rendering.renderMessage(200, "OK", context, response);

        assertThat(Jsoup.parse(response.text()).selectFirst("link[rel=stylesheet]").attr("href")).isEqualTo("/theme.css");
    }
}
