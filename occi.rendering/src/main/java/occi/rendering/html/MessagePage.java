package occi.rendering.html;

import java.io.IOException;

/** A short message as a page: an error with its status, or the confirmation of a bodiless success. */
final class MessagePage {

    private final HtmlWriter html;
    private final Links links;

    MessagePage(HtmlWriter html, Links links) {
        this.html = html;
        this.links = links;
    }

    static String title(int status) {
        return status + " " + reason(status);
    }

    void write(int status, String message) throws IOException {
        boolean error = status >= 400;
        html.element("h1", title(status));
        html.element("p", message == null || message.isBlank() ? reason(status) : message,
                "class", error ? "message error" : "message", "data-status", String.valueOf(status));
        html.open("p").element("a", "Back to the query interface", "href", links.queryInterface()).close("p").newline();
    }

    static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 201 -> "Created";
            case 204 -> "No Content";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 503 -> "Service Unavailable";
            default -> status >= 400 ? "Error" : "Done";
        };
    }
}
