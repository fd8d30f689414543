package occi.server.internal.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import occi.api.OcciException;

/**
 * HTML forms only GET and POST, so a form asks for DELETE or PUT as a POST with
 * {@code ?_method=DELETE} (or {@code PUT}) in its URL. Only POSTs are turned, and only into
 * those two methods: a GET never becomes a write, and a POST never becomes anything the
 * protocol would not let a form do anyway.
 */
final class MethodOverride {

    /** The query parameter naming the method a POST stands for. */
    static final String PARAMETER = "_method";

    /** What a POST may stand for. */
    static final Set<String> METHODS = Set.of("DELETE", "PUT");

    private MethodOverride() {}

    /**
     * The call as it is to be served: a POST with a valid {@code _method} becomes that method,
     * without the parameter; anything else is returned as it is ({@link #check} refuses what
     * is left over).
     */
    static HttpCall apply(HttpCall call) {
        String method = requested(call);
        if (method == null || !METHODS.contains(method)) {
            return call;
        }
        Map<String, List<String>> query = new LinkedHashMap<>(call.query());
        query.remove(PARAMETER);
        return new HttpCall(method, call.path(), query, call.headers(), call.body(), call.root(), call.principal(), call.extras());
    }

    /** 400 for a POST whose {@code _method} could not be applied (an unknown method, or several). */
    static void check(HttpCall call) {
        List<String> given = call.query().get(PARAMETER);
        if (given != null && call.method().equals("POST")) {
            throw OcciException.badRequest("?" + PARAMETER + "= turns a POST into DELETE or PUT only, not " + String.join(", ", given));
        }
    }

    /** The one method a POST asks for, upper case; {@code null} when it is no POST or names none or several. */
    private static String requested(HttpCall call) {
        List<String> given = call.query().get(PARAMETER);
        if (!call.method().equals("POST") || given == null || given.size() != 1) {
            return null;
        }
        return given.get(0).trim().toUpperCase(Locale.ROOT);
    }
}
