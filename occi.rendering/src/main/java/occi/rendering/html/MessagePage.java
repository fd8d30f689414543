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

    /**
     * Writes the message and a link back to where the user was: the page of the request's
     * path, or its collection when that page is not there (404, 410).
     */
    void write(int status, String message, String requestPath) throws IOException {
        boolean error = status >= 400;
        html.element("h1", title(status));
        html.element("p", message == null || message.isBlank() ? reason(status) : message,
                "class", error ? "message error" : "message", "data-status", String.valueOf(status));
        String back = backTo(status, requestPath);
        html.open("p", "class", "back");
        if (back != null) {
            html.element("a", "Back to " + back, "href", links.href(back), "rel", "up").trusted(" · ");
        }
        html.element("a", "Query interface", "href", links.queryInterface()).close("p").newline();
    }

    /** Where the back link leads, or {@code null} when that is the query interface anyway. */
    static String backTo(int status, String requestPath) {
        String path = requestPath == null || !requestPath.startsWith("/") ? "/" : requestPath;
        if ((status == 404 || status == 410) && !path.equals("/")) {
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            path = trimmed.substring(0, trimmed.lastIndexOf('/') + 1);
        }
        return path.equals(Links.QUERY_INTERFACE) ? null : path;
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
