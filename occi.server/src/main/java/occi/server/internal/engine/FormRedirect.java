package occi.server.internal.engine;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * POST-redirect-GET for the HTML interface: a browser's form post that succeeded is
 * answered {@code 303 See Other} to the page to show next, so that a refresh does not post
 * again. The page learns what was done from {@code ?done=<key>}, a short fixed word the
 * HTML rendering turns into a notice (no server-side session). Only form posts asking for
 * {@code text/html} are redirected: OCCI clients keep their answers.
 */
final class FormRedirect {

    static final String FORM = "application/x-www-form-urlencoded";
    static final String HTML = "text/html";
    /** The query parameter that carries the message key to the next page. */
    static final String DONE = "done";

    private FormRedirect() {}

    /** Whether this answer to this request is to become a redirect. */
    static boolean applies(HttpCall received, String mediaType, Answer answer) {
        return received.method().equals("POST") && HTML.equals(mediaType)
                && FORM.equals(Negotiation.mediaTypeOf(received.firstHeader("Content-Type")))
                && answer.status() >= 200 && answer.status() < 300;
    }

    /** The 303 that replaces a successful answer; the answer's body is dropped. */
    static Answer redirect(Exchange exchange, Answer answer) {
        String created = answer.status() == 201 ? exchange.localPath(answer.header("Location")) : null;
        String path = exchange.path;
        String method = exchange.call.method();
        boolean collection = path.endsWith("/");
        boolean queryInterface = path.equals(Router.QUERY_INTERFACE) || path.equals(Router.WELL_KNOWN_QUERY_INTERFACE);
        String target;
        String key;
        if (created != null) {
            target = created;
            key = "created";
        } else if (exchange.call.queryParameter("action") != null) {
            target = path;
            key = "acted";
        } else if (method.equals("DELETE")) {
            // Untagging from an entity's page goes back to that page, not to the mixin's collection.
            target = !collection ? parent(path) : queryInterface ? path : referringPage(exchange, path);
            key = queryInterface ? "mixin-removed" : collection ? "untagged" : "deleted";
        } else if (queryInterface) {
            target = path;
            key = "mixin-defined";
        } else {
            target = path;
            key = collection ? "tagged" : "updated";
        }
        try {
            answer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Answer(303, null, false).header("Location", exchange.absolute(target) + "?" + DONE + "=" + key);
    }

    /**
     * The page of this server the form was on ({@code Referer}, which the pages' same-origin
     * referrer policy sends), without its query; the fallback when there is none or it is
     * elsewhere.
     */
    static String referringPage(Exchange exchange, String fallback) {
        String referer = exchange.call.firstHeader("Referer");
        String local = referer == null ? null : exchange.localPath(referer.startsWith("/") ? null : referer);
        if (local == null || !local.startsWith("/") || local.startsWith("//")) {
            return fallback;
        }
        int query = local.indexOf('?');
        int fragment = local.indexOf('#');
        int end = query >= 0 ? query : fragment >= 0 ? fragment : local.length();
        return local.substring(0, end);
    }

    /** The collection an entity's location is in: {@code /compute/42} gives {@code /compute/}. */
    static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash + 1);
    }
}
