package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import occi.platform.testing.LauncherProcess;

/**
 * The exported jar on loopback, started once for a class of hostile-input tests, and the two
 * ways of talking to it: the JDK client for well-formed requests, a raw socket for requests no
 * well-behaved client can send ({@code ?q=%zz}, {@code Content-Length: -1}).
 */
final class HostileContainer implements AutoCloseable {

    static final String COMPUTE = "Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"";
    static final String NETWORK = "Category: network; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"";

    private final LauncherProcess launcher;
    private final int upLines;
    final URI base;
    final int port;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** A raw answer: status line's code, headers as sent, body as text. */
    record Raw(int status, String head, String body) {}

    HostileContainer(Path folder) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
        assertThat(jar).exists();
        // port 0: the system picks a free port, the start-up report tells which
        launcher = LauncherProcess.start(jar, folder, Duration.ofSeconds(90), "-Dorg.osgi.service.http.port=0");
        launcher.awaitUp();
        // the report is one write, but its lines are read one by one: wait for the one with the address
        upLines = launcher.awaitLine(l -> l.trim().startsWith("OCCI base"), 0, "the OCCI base address");
        String line = launcher.lines().get(upLines - 1);
        base = URI.create(line.substring(line.indexOf("http")).trim());
        port = base.getPort();
    }

    HttpResponse<String> send(String method, String path, String body, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send("GET", path, null, "Accept", accept);
    }

    /** A text/plain create; returns the answer. */
    HttpResponse<String> post(String path, String type, String body, String... headers) throws IOException, InterruptedException {
        String[] all = new String[headers.length + 2];
        all[0] = "Content-Type";
        all[1] = type;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return send("POST", path, body, all);
    }

    /** How many entities a collection lists (text/uri-list, one line each). */
    long count(String collection) throws IOException, InterruptedException {
        HttpResponse<String> listing = get(collection, "text/uri-list");
        assertThat(listing.statusCode()).as(listing.body()).isEqualTo(200);
        return listing.body().lines().filter(l -> !l.isBlank()).count();
    }

    /** Sends bytes as they are on a new connection and reads the answer until the server closes it. */
    Raw raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            String text = answer.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            int status = Integer.parseInt(head.substring(9, 12));
            return new Raw(status, head, body);
        }
    }

    /** A GET with the request line as given (nothing escaped or checked), one request per connection. */
    Raw rawGet(String target, Map<String, String> headers) throws IOException {
        StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
        return raw(request.append("\r\n").toString());
    }

    /** The container's output since it reported "is up". */
    List<String> outputSinceUp() {
        List<String> lines = launcher.lines();
        return lines.subList(Math.min(upLines, lines.size()), lines.size());
    }

    /** No stack trace and nothing at ERROR or WARN in the log since start-up. */
    void assertQuietLog() {
        List<String> since = outputSinceUp();
        assertThat(since).as("no stack trace, nothing at WARN or ERROR:\n" + String.join("\n", since))
                .noneMatch(l -> l.startsWith("\tat ") || l.contains(" ERROR ") || l.contains(" WARN "));
    }

    @Override
    public void close() throws Exception {
        try {
            launcher.stop();
        } finally {
            launcher.close();
        }
    }
}
