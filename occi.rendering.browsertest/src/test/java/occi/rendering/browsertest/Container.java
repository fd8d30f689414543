package occi.rendering.browsertest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The exported container jar started as a user starts it, in a folder of its own on a free
 * loopback port, and stopped with SIGTERM, as a service manager stops it.
 */
final class Container implements AutoCloseable {

    static final Duration START_DEADLINE = Duration.ofSeconds(90);

    private final Process process;
    private final List<String> output = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;
    final URI base;

    private Container(Process process, URI base) {
        this.process = process;
        this.base = base;
        this.reader = new Thread(this::collect, "container-output");
        reader.setDaemon(true);
        reader.start();
    }

    static Container start(Path jar, Path workingDirectory) throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process process = new ProcessBuilder("java",
                "-Dorg.osgi.service.http.port=" + port,
                "-jar", jar.toAbsolutePath().toString())
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .start();
        return new Container(process, URI.create("http://127.0.0.1:" + port + "/"));
    }

    /** Waits until a path answers 200 for a media type; a refused connection or a 404 means not up yet. */
    void awaitServing(String path, String accept) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept).build();
        long deadline = System.nanoTime() + START_DEADLINE.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("the container exited with " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
                last = "status " + response.statusCode();
            } catch (ConnectException notYetListening) {
                last = "connection refused";
            }
            TimeUnit.MILLISECONDS.sleep(200); // an external process: no service event to wait on
        }
        throw new AssertionError(base.resolve(path) + " did not answer 200 for " + accept + " within " + START_DEADLINE
                + " (" + last + "):\n" + output());
    }

    String output() {
        synchronized (output) {
            return String.join("\n", output);
        }
    }

    @Override
    public void close() throws Exception {
        // SIGTERM, as under a service manager (it has no terminal); through the handle, since
        // Process.destroy() would also close the output still being read
        process.toHandle().destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        reader.join(TimeUnit.SECONDS.toMillis(5));
    }

    private void collect() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException closed) {
            output.add("(output closed: " + closed.getMessage() + ")");
        }
    }
}
