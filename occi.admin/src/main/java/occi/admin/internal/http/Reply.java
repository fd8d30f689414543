package occi.admin.internal.http;

import java.net.http.HttpHeaders;

/**
 * One answer of the OCCI server: status, headers and body as text.
 *
 * @param hint what the administrator may do about a failure, added to {@link #message()}
 *        (empty for none)
 */
public record Reply(int status, HttpHeaders headers, String body, String hint) {

    public Reply(int status, HttpHeaders headers, String body) {
        this(status, headers, body, "");
    }

    public Reply {
        hint = hint == null ? "" : hint;
    }

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The server's message for a failed request: its body without rendering decoration, or the status alone; then the hint. */
    public String message() {
        String text = body == null ? "" : body.strip();
        if (text.startsWith("# ")) {
            text = text.substring(2);  // text/uri-list and text/plain messages are comment lines
        }
        return status + (text.isEmpty() ? "" : " " + text) + (hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
