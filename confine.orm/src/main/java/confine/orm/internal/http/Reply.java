package confine.orm.internal.http;

import java.net.URI;
import java.net.http.HttpHeaders;

/** A response with an expected status. */
public record Reply(URI uri, int status, HttpHeaders headers, byte[] body) {
}
