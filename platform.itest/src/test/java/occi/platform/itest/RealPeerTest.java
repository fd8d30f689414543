package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Hashtable;
import java.util.concurrent.TimeUnit;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.util.converter.Converters;

/**
 * What the HTTP server tells a servlet about a request that carries the client's own proxy headers:
 * the connection's real peer, scheme and host. The platform turns on Felix HTTP's request
 * customizer slot for its starting gate; Felix HTTP's own occupant of that slot (Jetty's
 * ForwardedRequestCustomizer, ranked 0) would believe {@code X-Forwarded-*}. The gate outranks it,
 * and occi.security's stand-in keeps it out while platform.runtime (and the gate) is stopped.
 */
class RealPeerTest {

    static final String ECHO_PATH = "/real-peer-echo";
    static final Duration DEADLINE = Duration.ofSeconds(30);

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<HttpServiceRuntime> runtime;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void proxyHeadersFromTheClientMoveNothingAlsoWhilePlatformRuntimeIsStopped() throws Exception {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("osgi.http.whiteboard.servlet.pattern", ECHO_PATH);
        ServiceRegistration<Servlet> echo = context.registerService(Servlet.class, new PeerEcho(), properties);
        Bundle platformRuntime = Arrays.stream(context.getBundles()).filter(b -> b.getSymbolicName().equals("platform.runtime"))
                .findFirst().orElseThrow();
        try {
            URI uri = endpoint().resolve(ECHO_PATH.substring(1));
            assertThat(untilEchoed(uri)).isEqualTo("127.0.0.1 http 127.0.0.1");

            platformRuntime.stop(Bundle.STOP_TRANSIENT);
            assertThat(untilEchoed(uri)).as("with platform.runtime stopped").isEqualTo("127.0.0.1 http 127.0.0.1");
        } finally {
            if (platformRuntime.getState() != Bundle.ACTIVE) {
                platformRuntime.start(Bundle.START_TRANSIENT);
            }
            echo.unregister();
        }
    }

    private URI endpoint() {
        String endpoint = Arrays.stream(Converters.standardConverter()
                .convert(runtime.getServiceReference().getProperty("osgi.http.endpoint")).to(String[].class))
                .filter(e -> !e.isBlank()).findFirst().orElseThrow();
        return URI.create(endpoint.endsWith("/") ? endpoint : endpoint + "/");
    }

    /** The echo with forged proxy headers, once the whiteboard serves the servlet. */
    private String untilEchoed(URI uri) throws IOException, InterruptedException {
        long end = System.nanoTime() + DEADLINE.toNanos();
        HttpResponse<String> response;
        do {
            response = http.send(HttpRequest.newBuilder(uri).header("X-Forwarded-For", "203.0.113.9")
                    .header("X-Forwarded-Host", "forwarded.example").header("X-Forwarded-Proto", "https")
                    .header("Forwarded", "for=198.51.100.7;host=forwarded.example;proto=https").build(),
                    HttpResponse.BodyHandlers.ofString());
        } while (response.statusCode() != 200 && System.nanoTime() < end && pause());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private static boolean pause() throws InterruptedException {
        TimeUnit.MILLISECONDS.sleep(100); // the whiteboard registers the servlet on its own
        return true;
    }

    /** Answers the request's remote address, scheme and server name. */
    static final class PeerEcho extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(request.getRemoteAddr() + " " + request.getScheme() + " " + request.getServerName());
        }
    }
}
