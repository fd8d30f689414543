package occi.rendering.html;

import java.io.IOException;
import java.util.Map;
import occi.api.rendering.RenderContext;

/**
 * The one-time message after a form post: the server redirects to the next page with
 * {@code ?done=<key>} (POST-redirect-GET), and that page says what was done. Only known
 * keys are shown, so a crafted link cannot put words of its own on the page.
 */
final class Notice {

    /** The query parameter carrying the key. */
    static final String DONE = "done";

    private static final Map<String, String> MESSAGES = Map.of(
            "created", "Created.",
            "updated", "Saved.",
            "acted", "The action was invoked.",
            "deleted", "Deleted.",
            "tagged", "Tagged.",
            "untagged", "Untagged.",
            "mixin-defined", "The mixin was defined.",
            "mixin-removed", "The mixin was removed.");

    private Notice() {}

    /** The message for a key, or {@code null} for no or an unknown key. */
    static String message(String key) {
        return key == null ? null : MESSAGES.get(key);
    }

    static void write(HtmlWriter html, RenderContext context) throws IOException {
        String message = message(context.queryParameter(DONE));
        if (message != null) {
            html.element("p", message, "class", "message notice", "role", "status").newline();
        }
    }
}
