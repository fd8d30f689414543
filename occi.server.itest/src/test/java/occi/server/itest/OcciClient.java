package occi.server.itest;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Talks to the running OCCI server over real HTTP, as a client on the same machine would. */
final class OcciClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;

    OcciClient(URI base) {
        this.base = base;
    }

    URI base() {
        return base;
    }

    /** The absolute URI of a path such as {@code /compute/} or of an absolute location. */
    URI uri(String location) {
        return location.startsWith("http") ? URI.create(location) : base.resolve(location.substring(1));
    }

    /** A request to a location; {@code headers} alternate name and value. */
    HttpResponse<String> send(String method, String location, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(location)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String location, String... headers) throws IOException, InterruptedException {
        return send("GET", location, null, headers);
    }

    /** A text/plain request body. */
    HttpResponse<String> sendPlain(String method, String location, String body, String... headers) throws IOException, InterruptedException {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = "text/plain";
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send(method, location, body, all);
    }

    /** Creates an entity in a kind collection from text/plain lines and returns its absolute location. */
    String create(String collection, String body) throws IOException, InterruptedException {
        HttpResponse<String> created = sendPlain("POST", collection, body);
        if (created.statusCode() != 201) {
            throw new AssertionError("create in " + collection + " answered " + created.statusCode() + ": " + created.body());
        }
        return created.headers().firstValue("Location").orElseThrow();
    }

    /** The X-OCCI-Location lines of a text/plain collection. */
    static java.util.List<String> locations(HttpResponse<String> listing) {
        return listing.body().lines().filter(l -> l.startsWith("X-OCCI-Location:")).map(l -> l.substring(16).trim()).toList();
    }
}
