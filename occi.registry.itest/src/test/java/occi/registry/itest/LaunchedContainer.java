package occi.registry.itest;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import occi.platform.testing.LauncherProcess;
import occi.platform.testing.RetryWhileStarting;

/**
 * The exported container as a user runs it ({@code java -jar launcher.jar} in a folder of its
 * own, a {@link LauncherProcess}), for tests outside OSGi, with the OCCI requests the
 * registry tests make: they go to it over loopback with the JDK client.
 */
final class LaunchedContainer implements AutoCloseable {

    static final Duration DEADLINE = Duration.ofSeconds(90);
    static final String IN_MEMORY = "registry in use: occi.server.internal.registry.InMemoryRegistry";
    static final String JDBC = "registry in use: occi.registry.jdbc.internal.JdbcRegistryComponent";
    private static final String KIND = "resource; scheme=\"http://schemas.ogf.org/occi/core#\"; class=\"kind\"";

    private final LauncherProcess process;
    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private LaunchedContainer(LauncherProcess process, int port) {
        this.process = process;
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    /** Starts the exported jar in a folder, on a free loopback port. */
    static LaunchedContainer start(Path folder) throws IOException {
        return start(folder, freePort());
    }

    /** Starts the exported jar in a folder, on a loopback port chosen before (its configuration may name it). */
    static LaunchedContainer start(Path folder, int port) throws IOException {
        return start(folder, port, DEADLINE);
    }

    /** As {@link #start(Path, int)}, waiting up to {@code deadline} for each line awaited (several containers starting at once). */
    static LaunchedContainer start(Path folder, int port, Duration deadline) throws IOException {
        return new LaunchedContainer(LauncherProcess.start(Path.of(System.getProperty("launcher.jar")), folder, deadline,
                "-Dorg.osgi.service.http.port=" + port), port);
    }

    /** Copies the JDBC registry bundle into a deploy folder (the drivers and the pool are in the container). */
    static void deployJdbcRegistry(Path deploy) throws IOException {
        Files.createDirectories(deploy);
        try (Stream<Path> bundles = Files.list(Path.of(System.getProperty("registry.bundles")))) {
            for (Path bundle : bundles.toList()) {
                Files.copy(bundle, deploy.resolve(bundle.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /** Waits until the container has printed a line containing the text, after {@code since} lines. */
    int awaitLine(String text, int since) throws InterruptedException {
        return process.awaitLine(line -> line.contains(text), since, "'" + text + "'");
    }

    /**
     * Waits until the container reports that it is up (every bundle started) and the OCCI
     * query interface answers 200: the JAX-RS whiteboard may deploy the resource a moment
     * later and answers 404 until then. A retrying poll with a deadline, each try a short
     * while after the last.
     */
    void awaitOcci() throws IOException, InterruptedException {
        process.awaitUp();
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            try {
                last = http.send(HttpRequest.newBuilder(base.resolve("-/")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (last == 200) {
                    return;
                }
            } catch (java.net.ConnectException notListeningYet) {
                last = -1;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(50));
        }
        throw new AssertionError("the OCCI query interface did not answer 200 (last: " + last + "); output:\n" + output());
    }

    /**
     * Sends a request, again while the container says it is not ready for it (its start-up gate's
     * 503, or the JAX-RS whiteboard re-deploying the default application each time a JAX-RS
     * service joins it, which happens during start-up after the OCCI resource first answers),
     * until the deadline: {@link RetryWhileStarting}.
     */
    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return RetryWhileStarting.send(http, request, DEADLINE);
    }

    /** Creates a core resource with a title; returns the response (201 with a Location when stored). */
    HttpResponse<String> create(String title) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve("resource/"))
                .header("Content-Type", "text/occi").header("Category", KIND)
                .header("X-OCCI-Attribute", "occi.core.title=\"" + title + "\"")
                .POST(HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(30)).build());
    }

    /** The path of a created resource, from the Location of a 201. */
    static String path(HttpResponse<String> created) {
        return URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path.substring(1))).header("Accept", "text/plain")
                .timeout(Duration.ofSeconds(30)).build());
    }

    /** The paths of every core resource, listed as text/uri-list. */
    List<String> listResources() throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("resource/"))
                .header("Accept", "text/uri-list").timeout(Duration.ofSeconds(60)).build());
        if (response.statusCode() != 200) {
            throw new AssertionError("listing /resource/ answered " + response.statusCode() + ": " + response.body());
        }
        // the listing also holds resources of sub-kinds (the local CONFINE testbed's nodes and
        // slices): keep the core resources this test creates, which live at /resource/<id>
        return response.body().lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> URI.create(l.strip()).getPath()).filter(path -> path.startsWith("/resource/")).toList();
    }

    /**
     * Uninstalls a bundle as an administrator does in the web console: its id from the
     * console's bundle list, then the console's uninstall action.
     */
    void uninstallBundle(String symbolicName) throws IOException, InterruptedException {
        String auth = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(base.resolve("system/console/bundles.json"))
                .header("Authorization", auth).timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher bundle = Pattern.compile(
                "\\{\"id\":(\\d+),[^}]*\"symbolicName\":\"" + Pattern.quote(symbolicName) + "\"")
                .matcher(list.body());
        if (list.statusCode() != 200 || !bundle.find()) {
            throw new AssertionError("the console lists no bundle " + symbolicName + ": " + list.statusCode() + " " + list.body());
        }
        HttpResponse<String> uninstalled = http.send(HttpRequest.newBuilder(base.resolve("system/console/bundles/" + bundle.group(1)))
                .header("Authorization", auth).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=uninstall")).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (uninstalled.statusCode() != 200) {
            throw new AssertionError("uninstalling " + symbolicName + " answered " + uninstalled.statusCode());
        }
    }

    /** Types {@code stop 0} into the shell and waits for a clean exit. */
    int stop() throws IOException, InterruptedException {
        return process.stop();
    }

    /** Kills the process at once (SIGKILL): no shutdown hook, no bundle stops. */
    void kill() throws InterruptedException {
        process.kill();
    }

    String output() {
        return String.join("\n", process.lines());
    }

    @Override
    public void close() throws InterruptedException {
        process.close();
    }

    /** Where the container serves, e.g. {@code http://127.0.0.1:41234/}. */
    URI base() {
        return base;
    }

    /** A loopback port nobody listens on at the moment. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
