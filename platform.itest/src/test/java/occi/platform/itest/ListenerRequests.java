package occi.platform.itest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Requests to a container's listener as the tests of exposure and forwarded headers send them. */
final class ListenerRequests {

    private ListenerRequests() {
    }

    /** A request with an optional {@code Authorization} and body, and header name/value pairs. */
    static HttpResponse<String> send(HttpClient http, String method, URI uri, String authorization, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Between two polls of an external process, which has no event to wait on; true, for loop conditions. */
    static boolean pause() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(100);
        return true;
    }
}
