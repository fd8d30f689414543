package occi.server.internal.engine;

import java.util.Arrays;
import java.util.List;
import occi.api.OcciException;

/** HTTP conditional requests ({@code If-Match}, {@code If-None-Match}) against an entity's ETag. */
final class Preconditions {

    private Preconditions() {}

    /** Checks a write; {@code etag} is {@code null} when there is no entity at the location. 412 when a condition fails. */
    static void checkWrite(HttpCall call, String etag) {
        List<String> ifMatch = tags(call.header("If-Match"));
        if (!ifMatch.isEmpty() && (etag == null || !(ifMatch.contains("*") || ifMatch.contains(etag)))) {
            throw OcciException.preconditionFailed(etag == null ? "there is no entity to match" : "the entity has changed (its ETag is " + etag + ")");
        }
        List<String> ifNoneMatch = tags(call.header("If-None-Match"));
        if (etag != null && (ifNoneMatch.contains("*") || ifNoneMatch.contains(etag))) {
            throw OcciException.preconditionFailed("the entity exists (its ETag is " + etag + ")");
        }
    }

    /** Whether a GET may answer 304: the client's copy is current. */
    static boolean notModified(HttpCall call, String etag) {
        List<String> ifNoneMatch = tags(call.header("If-None-Match"));
        return ifNoneMatch.contains("*") || ifNoneMatch.contains(etag) || ifNoneMatch.contains("W/" + etag);
    }

    static List<String> tags(List<String> lines) {
        return lines.stream().flatMap(l -> Arrays.stream(l.split(","))).map(String::trim).filter(t -> !t.isEmpty()).toList();
    }
}
