package confine.controller.internal;

import java.util.Map;

/**
 * The core's answer: a status, headers and a body, or {@link #dropped()}: close the connection
 * without answering (an injected fault).
 */
public record ApiResponse(int status, Map<String, String> headers, byte[] body, boolean drop) {

    public ApiResponse(int status, Map<String, String> headers, byte[] body) {
        this(status, Map.copyOf(headers), body, false);
    }

    public static ApiResponse dropped() {
        return new ApiResponse(0, Map.of(), new byte[0], true);
    }
}
