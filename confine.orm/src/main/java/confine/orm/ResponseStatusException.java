package confine.orm;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The controller answered with a status the request did not expect. The message has
 * the URL, the status and its reason, the expected codes and the server's detail:
 * {@code http://host/api/nodes/1413/ctl/reboot/ 403 FORBIDDEN (!= 200, 201, 202) Authentication credentials were not provided.}
 */
public class ResponseStatusException extends ConfineException {

    private static final long serialVersionUID = 1L;

    private final URI uri;
    private final String method;
    private final int status;
    private final List<Integer> expected;
    private final String detail;

    public ResponseStatusException(String method, URI uri, int status, String reason, List<Integer> expected, String detail) {
        super(uri + " " + status + " " + reason + " (!= "
                + expected.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ")"
                + (detail == null || detail.isEmpty() ? "" : " " + detail));
        this.method = method;
        this.uri = uri;
        this.status = status;
        this.expected = List.copyOf(expected);
        this.detail = detail;
    }

    public URI uri() {
        return uri;
    }

    public String method() {
        return method;
    }

    public int status() {
        return status;
    }

    public List<Integer> expected() {
        return expected;
    }

    /** The server's {@code detail}, or its whole error body when it has none; may be empty. */
    public String detail() {
        return detail;
    }
}
