package occi.registry.itest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import occi.platform.testing.RetryWhileStarting;

/** OCCI requests in text/occi (fields as headers) to one address: a container or the balancer in front of them. */
final class OcciClient {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final String name;
    private final URI base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** A client that sends {@code authorization} (an {@code Authorization} header value) with every request. */
    OcciClient(String name, URI base, String authorization) {
        this.name = name;
        this.base = base;
        this.authorization = authorization;
    }

    /** The request's target: a path below the base ({@code /compute/}) or an absolute URL another address answered. */
    private URI target(String pathOrUrl) {
        URI given = URI.create(pathOrUrl);
        String pathAndQuery = given.getRawPath() + (given.getRawQuery() == null ? "" : "?" + given.getRawQuery());
        return base.resolve(pathAndQuery.substring(1));
    }

    /** A request without a body; {@code headers} are name, value, name, value ... */
    HttpResponse<String> send(String method, String pathOrUrl, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(target(pathOrUrl)).timeout(TIMEOUT)
                .method(method, HttpRequest.BodyPublishers.noBody()).header("Authorization", authorization);
        if (!method.equals("GET") && !method.equals("HEAD")) { // a DELETE of /-/ names its mixin in a Category header
            request.header("Content-Type", "text/occi");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** Sends; again for a while as long as the container is still starting or deploying the OCCI resource ({@link RetryWhileStarting}). */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return RetryWhileStarting.send(http, request, TIMEOUT);
    }

    /** GET in text/plain (the entity's fields, one a line). */
    HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return send("GET", pathOrUrl, "Accept", "text/plain");
    }

    /** The absolute URL of a path at this address. */
    String url(String path) {
        return base.resolve(path.substring(1)).toString();
    }

    @Override
    public String toString() {
        return name + " (" + base + ")";
    }
}
