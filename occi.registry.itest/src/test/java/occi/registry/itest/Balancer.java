package occi.registry.itest;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * nginx in front of two containers, started in the foreground from the repository's
 * {@code cnf/balancer/nginx.conf} (the file README.md shows) with its {@code @...@} values
 * filled in: loopback ports, a run folder of its own. Stopped with SIGTERM (nginx's fast
 * shutdown, which ends its workers too).
 */
final class Balancer implements AutoCloseable {

    /** System property: the nginx binary ({@code cnf/tools/install-balancer.sh} installs Debian's). */
    static final String NGINX = "balancer.nginx";
    /** System property: the configuration template. */
    static final String TEMPLATE = "balancer.config";

    private final Process process;
    private final Path folder;
    private final URI base;

    private Balancer(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.base = URI.create("http://127.0.0.1:" + port + "/");
    }

    static Path nginx() {
        return Path.of(System.getProperty(NGINX, "/usr/sbin/nginx"));
    }

    static Path template() {
        return Path.of(System.getProperty(TEMPLATE, "../cnf/balancer/nginx.conf"));
    }

    /** Starts nginx on a free loopback port in front of the two containers; returns once it accepts connections. */
    static Balancer start(Path folder, URI one, URI two) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        int port = LaunchedContainer.freePort();
        String config = Files.readString(template())
                .replace("@RUN_DIR@", folder.toAbsolutePath().toString())
                .replace("@LISTEN@", "127.0.0.1:" + port)
                .replace("@CONTAINER_1@", one.getAuthority())
                .replace("@CONTAINER_2@", two.getAuthority());
        Path file = folder.resolve("nginx.conf");
        Files.writeString(file, config);
        Path log = folder.resolve("error.log");
        Process process = new ProcessBuilder(nginx().toString(), "-p", folder.toAbsolutePath().toString(), "-e", log.toString(),
                "-c", file.toString()).redirectErrorStream(true).redirectOutput(folder.resolve("nginx.out").toFile()).start();
        Balancer balancer = new Balancer(process, folder, port);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!balancer.accepts()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                balancer.close();
                throw new AssertionError("nginx did not start: " + balancer.log());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20)); // polling an external process
        }
        return balancer;
    }

    private boolean accepts() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 200);
            return true;
        } catch (IOException notYet) {
            return false;
        }
    }

    URI base() {
        return base;
    }

    /** nginx's own output and error log, for failure messages. */
    String log() {
        StringBuilder text = new StringBuilder();
        for (String name : new String[] {"nginx.out", "error.log"}) {
            try {
                Path file = folder.resolve(name);
                if (Files.exists(file)) {
                    text.append(name).append(":\n").append(Files.readString(file)).append('\n');
                }
            } catch (IOException e) {
                text.append(name).append(": ").append(e.getMessage()).append('\n');
            }
        }
        return text.toString();
    }

    @Override
    public void close() throws InterruptedException {
        process.toHandle().destroy(); // SIGTERM: nginx stops its workers and exits
        if (!process.waitFor(Duration.ofSeconds(10).toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }
}
