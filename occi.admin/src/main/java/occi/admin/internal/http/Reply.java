package occi.admin.internal.http;

import java.net.http.HttpHeaders;

/** One answer of the OCCI server: status, headers and body as text. */
public record Reply(int status, HttpHeaders headers, String body) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    /** The server's message for a failed request: its body without rendering decoration, or the status alone. */
    public String message() {
        String text = body == null ? "" : body.strip();
        if (text.startsWith("# ")) {
            text = text.substring(2);  // text/uri-list and text/plain messages are comment lines
        }
        return status + (text.isEmpty() ? "" : " " + text);
    }
}
