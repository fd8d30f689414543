package confine.controller;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How {@link LocalController#start} starts a controller. Immutable; each {@code with}
 * method answers a changed copy.
 *
 * <pre>
 * ControllerOptions.defaults().port(8080).seed(Seed.generated(1000, 50, 5)).dataDir(Path.of("data"))
 * </pre>
 */
public final class ControllerOptions {

    private final String host;
    private final int port;
    private final String basePath;
    private final Path dataDir;
    private final Seed seed;
    private final Duration latency;
    private final Map<String, String> passwords;
    private final long maxBodyBytes;

    private ControllerOptions(String host, int port, String basePath, Path dataDir, Seed seed, Duration latency) {
        this(host, port, basePath, dataDir, seed, latency, Map.of(), confine.controller.internal.RequestBody.DEFAULT_MAX_BYTES);
    }

    private ControllerOptions(String host, int port, String basePath, Path dataDir, Seed seed, Duration latency,
            Map<String, String> passwords, long maxBodyBytes) {
        this.host = Objects.requireNonNull(host, "host");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        this.port = port;
        this.basePath = normalizeBasePath(basePath);
        this.dataDir = dataDir;
        this.seed = Objects.requireNonNull(seed, "seed");
        this.latency = Objects.requireNonNull(latency, "latency");
        this.passwords = Map.copyOf(passwords);
        if (maxBodyBytes < 0) {
            throw new IllegalArgumentException("a body limit cannot be negative: " + maxBodyBytes);
        }
        this.maxBodyBytes = maxBodyBytes;
    }

    /** Loopback, a free port, {@code /confine/api/}, a temporary data folder, the sample documents, no latency. */
    public static ControllerOptions defaults() {
        return new ControllerOptions("127.0.0.1", 0, "/confine/api/", null, Seed.fixtures(), Duration.ZERO);
    }

    /** The address to listen on. */
    public ControllerOptions host(String host) {
        return new ControllerOptions(host, port, basePath, dataDir, seed, latency, passwords, maxBodyBytes);
    }

    /** The port to listen on; 0 picks a free one (see {@link LocalController#baseUri()}). */
    public ControllerOptions port(int port) {
        return new ControllerOptions(host, port, basePath, dataDir, seed, latency, passwords, maxBodyBytes);
    }

    /** The path of the API base, e.g. {@code /confine/api/} (slashes added where missing). */
    public ControllerOptions basePath(String basePath) {
        return new ControllerOptions(host, port, basePath, dataDir, seed, latency, passwords, maxBodyBytes);
    }

    /** Where uploaded files are kept; {@code null} for a temporary folder removed on close. */
    public ControllerOptions dataDir(Path dataDir) {
        return new ControllerOptions(host, port, basePath, dataDir, seed, latency, passwords, maxBodyBytes);
    }

    public ControllerOptions seed(Seed seed) {
        return new ControllerOptions(host, port, basePath, dataDir, seed, latency, passwords, maxBodyBytes);
    }

    /** Latency added to every request from the start. */
    public ControllerOptions latency(Duration latency) {
        return new ControllerOptions(host, port, basePath, dataDir, seed, latency, passwords, maxBodyBytes);
    }

    /**
     * A password of the operator's choice for a seeded user ({@code vct} or {@code admin}) instead of
     * its published sample one. A user on its sample password is refused over a listener that is
     * not loopback-only (a host other than loopback).
     */
    public ControllerOptions password(String user, String password) {
        Map<String, String> changed = new HashMap<>(passwords);
        changed.put(Objects.requireNonNull(user, "user"), Objects.requireNonNull(password, "password"));
        return new ControllerOptions(host, port, basePath, dataDir, seed, latency, changed, maxBodyBytes);
    }

    /** The most bytes of a request body the controller reads; larger bodies get 413. */
    public ControllerOptions maxBodyBytes(long bytes) {
        return new ControllerOptions(host, port, basePath, dataDir, seed, latency, passwords, bytes);
    }

    /** The operator's passwords for seeded users, by user name. */
    public Map<String, String> passwords() {
        return passwords;
    }

    public long maxBodyBytes() {
        return maxBodyBytes;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String basePath() {
        return basePath;
    }

    /** The data folder, or {@code null} for a temporary one. */
    public Path dataDir() {
        return dataDir;
    }

    public Seed seed() {
        return seed;
    }

    public Duration latency() {
        return latency;
    }

    /** {@code confine/api} → {@code /confine/api/}. */
    public static String normalizeBasePath(String path) {
        String p = Objects.requireNonNull(path, "basePath").trim();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        return p.endsWith("/") ? p : p + "/";
    }
}
