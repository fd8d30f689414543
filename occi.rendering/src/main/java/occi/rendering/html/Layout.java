package occi.rendering.html;

import java.io.IOException;
import occi.api.rendering.OcciResponse;

/**
 * The frame every page shares: security headers, the head with the stylesheet, the site
 * header with its navigation, and the closing tags.
 */
final class Layout {

    private Layout() {}

    /**
     * Headers that keep a page inert whatever it shows: no script may run, styles only from
     * the configured stylesheet, forms only back to this server, no framing.
     */
    static void headers(OcciResponse response, Look look) {
        response.addHeader("Content-Security-Policy", "default-src 'none'; style-src " + look.stylesheet().styleSrc()
                + "; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'");
        response.addHeader("X-Content-Type-Options", "nosniff");
        response.addHeader("Referrer-Policy", "same-origin");
    }

    static void begin(HtmlWriter html, Look look, Links links, String title) throws IOException {
        html.trusted("<!DOCTYPE html>").newline();
        html.open("html", "lang", "en").newline();
        html.open("head").newline();
        html.empty("meta", "charset", "utf-8").newline();
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").newline();
        html.element("title", title + " · " + look.siteTitle()).newline();
        Stylesheet sheet = look.stylesheet();
        if (sheet.url() != null) {
            html.empty("link", "rel", "stylesheet", "href", sheet.url()).newline();
        } else {
            html.open("style").trusted(sheet.css()).close("style").newline();
        }
        html.close("head").newline();
        html.open("body").newline();
        html.open("header", "class", "site");
        html.element("a", look.siteTitle(), "class", "brand", "href", links.queryInterface());
        html.element("a", "Query interface", "href", links.queryInterface());
        html.element("a", "All entities", "href", links.href("/"));
        html.close("header").newline();
        html.open("main").newline();
    }

    static void end(HtmlWriter html) throws IOException {
        html.open("footer").text("OCCI 1.2 · the text/html rendering; the same URLs answer in other media types through the Accept header")
                .close("footer").newline();
        html.close("main").newline().close("body").newline().close("html").newline();
        html.flush();
    }
}
