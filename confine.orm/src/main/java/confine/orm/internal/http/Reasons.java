package confine.orm.internal.http;

import java.util.Map;

/** Reason phrases of the status codes, which HTTP/2 and the JDK client do not carry: 403 gives FORBIDDEN. */
final class Reasons {

    private static final Map<Integer, String> PHRASES = Map.ofEntries(
            Map.entry(200, "OK"), Map.entry(201, "CREATED"), Map.entry(202, "ACCEPTED"), Map.entry(204, "NO CONTENT"),
            Map.entry(301, "MOVED PERMANENTLY"), Map.entry(302, "FOUND"), Map.entry(304, "NOT MODIFIED"),
            Map.entry(400, "BAD REQUEST"), Map.entry(401, "UNAUTHORIZED"), Map.entry(403, "FORBIDDEN"),
            Map.entry(404, "NOT FOUND"), Map.entry(405, "METHOD NOT ALLOWED"), Map.entry(406, "NOT ACCEPTABLE"),
            Map.entry(408, "REQUEST TIMEOUT"), Map.entry(409, "CONFLICT"), Map.entry(410, "GONE"),
            Map.entry(413, "REQUEST ENTITY TOO LARGE"), Map.entry(415, "UNSUPPORTED MEDIA TYPE"),
            Map.entry(422, "UNPROCESSABLE ENTITY"), Map.entry(429, "TOO MANY REQUESTS"),
            Map.entry(500, "INTERNAL SERVER ERROR"), Map.entry(501, "NOT IMPLEMENTED"), Map.entry(502, "BAD GATEWAY"),
            Map.entry(503, "SERVICE UNAVAILABLE"), Map.entry(504, "GATEWAY TIMEOUT"));

    private Reasons() {
    }

    static String of(int status) {
        return PHRASES.getOrDefault(status, "HTTP " + status);
    }
}
