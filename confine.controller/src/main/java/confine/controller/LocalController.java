package confine.controller;

import confine.controller.internal.ControllerCore;
import confine.controller.internal.HttpServerAdapter;
import confine.controller.internal.Seeder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

/**
 * A local controller on the JDK's HTTP server, outside OSGi: in-process for tests, or as a
 * plain process through {@link #main}. Close it to stop it.
 *
 * <pre>
 * try (LocalController controller = LocalController.start(ControllerOptions.defaults())) {
 *     HttpResponse&lt;String&gt; base = HttpClient.newHttpClient().send(
 *             HttpRequest.newBuilder(controller.baseUri()).build(), BodyHandlers.ofString());
 *     // Link: &lt;http://127.0.0.1:PORT/confine/api/nodes/&gt;; rel="http://confine-project.eu/rel/server/node-list", …
 * }
 * </pre>
 */
public final class LocalController implements ConfineController, AutoCloseable {

    private final ControllerCore core;
    private final HttpServerAdapter server;
    private final String basePath;
    private final Path temporaryData;

    private LocalController(ControllerCore core, HttpServerAdapter server, String basePath, Path temporaryData) {
        this.core = core;
        this.server = server;
        this.basePath = basePath;
        this.temporaryData = temporaryData;
    }

    /** Seeds a testbed and serves it; {@link #baseUri()} says where. */
    public static LocalController start(ControllerOptions options) throws IOException {
        Path temporary = options.dataDir() == null ? Files.createTempDirectory("confine-controller-") : null;
        Path data = options.dataDir() == null ? temporary : options.dataDir();
        try {
            ControllerCore core = new ControllerCore(data, options.seed(), options.passwords());
            core.faults().latency(options.latency());
            core.maxBodyBytes(options.maxBodyBytes());
            HttpServerAdapter server = HttpServerAdapter.start(core, options.host(), options.port(), options.basePath());
            return new LocalController(core, server, options.basePath(), temporary);
        } catch (IOException | RuntimeException e) {
            deleteTree(temporary);
            throw e;
        }
    }

    /** The API base, e.g. {@code http://127.0.0.1:40123/confine/api/}. */
    public URI baseUri() {
        return server.baseUri();
    }

    @Override
    public String basePath() {
        return basePath;
    }

    @Override
    public Testbed testbed() {
        return core.testbed();
    }

    @Override
    public Faults faults() {
        return core.faults();
    }

    /** The superuser's token while this controller listens on a loopback address only. */
    @Override
    public java.util.Optional<String> localOperatorToken() {
        return server.loopbackOnly() ? java.util.Optional.of(core.testbed().token(Seeder.SUPERUSER)) : java.util.Optional.empty();
    }

    /** Stops serving; a temporary data folder is removed. */
    @Override
    public void close() {
        server.close();
        deleteTree(temporaryData);
    }

    private static void deleteTree(Path root) {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove the temporary data folder " + root, e);
        }
    }

    /**
     * Runs a controller until the process is stopped. Options: {@code --host} (127.0.0.1),
     * {@code --port} (8080), {@code --base} (/confine/api/), {@code --data} (a temporary folder),
     * {@code --nodes}, {@code --slices}, {@code --slivers-per-slice} (a generated testbed beside
     * the samples), {@code --latency-ms}, {@code --user-password}, {@code --superuser-password} (needed to
     * use the seeded users over a host other than loopback), {@code --max-body-bytes}.
     */
    public static void main(String[] args) throws Exception {
        ControllerOptions options = ControllerOptions.defaults().port(8080);
        int nodes = 0;
        int slices = 0;
        int slivers = 0;
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if (name.equals("--help") || name.equals("-h")) {
                System.out.println("usage: LocalController [--host H] [--port P] [--base PATH] [--data DIR]"
                        + " [--nodes N] [--slices M] [--slivers-per-slice K] [--latency-ms MS]"
                        + " [--user-password P] [--superuser-password P] [--max-body-bytes N]");
                return;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + name);
            }
            String value = args[++i];
            switch (name) {
                case "--host" -> options = options.host(value);
                case "--port" -> options = options.port(Integer.parseInt(value));
                case "--base" -> options = options.basePath(value);
                case "--data" -> options = options.dataDir(Path.of(value));
                case "--nodes" -> nodes = Integer.parseInt(value);
                case "--slices" -> slices = Integer.parseInt(value);
                case "--slivers-per-slice" -> slivers = Integer.parseInt(value);
                case "--latency-ms" -> options = options.latency(Duration.ofMillis(Long.parseLong(value)));
                case "--user-password" -> options = options.password(Seeder.USER, value);
                case "--superuser-password" -> options = options.password(Seeder.SUPERUSER, value);
                case "--max-body-bytes" -> options = options.maxBodyBytes(Long.parseLong(value));
                default -> throw new IllegalArgumentException("unknown option " + name + " (try --help)");
            }
        }
        LocalController controller = start(options.seed(Seed.generated(nodes, slices, slivers)));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            controller.close();
            stopped.countDown();
        }, "confine-controller-stop"));
        System.out.println("Local CONFINE controller (a development testbed, not a real one) at " + controller.baseUri());
        System.out.println("  users: " + Seeder.USER + " (group vct admin), " + Seeder.SUPERUSER + " (superuser); sample passwords "
                + Seeder.USER_PASSWORD + "/" + Seeder.SUPERUSER_PASSWORD + " work on loopback only; Ctrl-C stops it");
        stopped.await();
    }
}
