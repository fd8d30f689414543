package confine.controller.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves a {@link ControllerCore} on the JDK's HTTP server: the plain-process adapter (not used
 * inside OSGi, where the JAX-RS whiteboard serves). One thread per concurrent request, so that
 * injected latency delays requests without queueing them.
 */
public final class HttpServerAdapter implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(HttpServerAdapter.class.getName());

    private final HttpServer server;
    private final ExecutorService executor;
    private final String basePath;

    private HttpServerAdapter(HttpServer server, ExecutorService executor, String basePath) {
        this.server = server;
        this.executor = executor;
        this.basePath = basePath;
    }

    /** Listens on {@code host:port} (port 0: a free one) and serves {@code core} under {@code basePath} ({@code /…/}). */
    public static HttpServerAdapter start(ControllerCore core, String host, int port, String basePath) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        AtomicInteger threads = new AtomicInteger();
        ThreadFactory factory = task -> {
            Thread thread = new Thread(task, "confine-controller-http-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        ExecutorService executor = Executors.newCachedThreadPool(factory);
        server.setExecutor(executor);
        HttpServerAdapter adapter = new HttpServerAdapter(server, executor, basePath);
        server.createContext(basePath, exchange -> adapter.serve(core, exchange));
        server.start();
        return adapter;
    }

    /** Whether the server is bound to a loopback address (a wildcard is not). */
    public boolean loopbackOnly() {
        return server.getAddress().getAddress().isLoopbackAddress();
    }

    /** The API base as seen from this machine, e.g. {@code http://127.0.0.1:40123/confine/api/}. */
    public URI baseUri() {
        InetSocketAddress address = server.getAddress();
        String host = address.getAddress().isAnyLocalAddress() ? "127.0.0.1" : address.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + address.getPort() + basePath);
    }

    private void serve(ControllerCore core, HttpExchange exchange) throws IOException {
        try (exchange) {
            ApiResponse response;
            try {
                response = core.handle(request(core, exchange));
            } catch (RuntimeException e) {
                // a bug in the core: say so in the log and to the client rather than leave it hanging
                LOG.log(System.Logger.Level.ERROR, "the local CONFINE controller failed on " + exchange.getRequestURI(), e);
                response = ControllerCore.error(ApiError.detail(500, "Internal error: " + e));
            }
            if (response.drop()) {
                return; // closing the exchange before any answer closes the connection
            }
            response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
            boolean empty = response.body().length == 0 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
            exchange.sendResponseHeaders(response.status(), empty ? -1 : response.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(response.body());
                }
            }
        }
    }

    private ApiRequest request(ControllerCore core, HttpExchange exchange) {
        RequestBody body = RequestBody.stream(exchange.getRequestBody(), declaredLength(exchange), core.maxBodyBytes());
        // bound to a wildcard or another non-loopback address, or reached over one: not loopback-only
        boolean exposed = !server.getAddress().getAddress().isLoopbackAddress()
                || !exchange.getLocalAddress().getAddress().isLoopbackAddress();
        String host = exchange.getRequestHeaders().getFirst("Host");
        URI base = host == null ? baseUri() : URI.create("http://" + host + basePath);
        String path = exchange.getRequestURI().getPath().substring(basePath.length() - 1);
        return new ApiRequest(exchange.getRequestMethod(), base, path, exchange.getRequestURI().getRawQuery(),
                exchange.getRequestHeaders(), body, exposed, exchange.getRemoteAddress().getAddress().getHostAddress());
    }

    private static long declaredLength(HttpExchange exchange) {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException malformed) {
            return -1; // the server itself refuses a malformed length before it gets here
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
