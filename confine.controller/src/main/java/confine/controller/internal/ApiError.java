package confine.controller.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** An error answer: its status and its JSON body ({@code {"detail": …}} or per-field lists). */
public final class ApiError extends RuntimeException {

    public static final String NOT_AUTHENTICATED = "Authentication credentials were not provided.";
    public static final String NOT_PERMITTED = "You do not have permission to perform this action.";

    private final int status;
    private final ObjectNode body;
    private final Map<String, String> headers;

    public ApiError(int status, ObjectNode body) {
        this(status, body, Map.of());
    }

    private ApiError(int status, ObjectNode body, Map<String, String> headers) {
        super(status + " " + body);
        this.status = status;
        this.body = body;
        this.headers = headers;
    }

    /** The same error with a header more (WWW-Authenticate, Allow). */
    public ApiError with(String header, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(header, value);
        return new ApiError(status, body, Map.copyOf(more));
    }

    public Map<String, String> headers() {
        return headers;
    }

    public static ApiError detail(int status, String detail) {
        return new ApiError(status, Json.object().put("detail", detail));
    }

    /** 400 with {@code {"field": ["message", …]}}. */
    public static ApiError invalid(Map<String, List<String>> errors) {
        ObjectNode body = Json.object();
        errors.forEach((field, messages) -> {
            ArrayNode list = body.putArray(field);
            messages.forEach(list::add);
        });
        return new ApiError(400, body);
    }

    public static ApiError invalid(String field, String message) {
        return invalid(Map.of(field, List.of(message)));
    }

    public static ApiError notFound() {
        return detail(404, "Not found");
    }

    public static ApiError forbidden(Caller caller) {
        return caller == null ? detail(403, NOT_AUTHENTICATED) : detail(403, NOT_PERMITTED);
    }

    public int status() {
        return status;
    }

    public ObjectNode body() {
        return body.deepCopy();
    }
}
