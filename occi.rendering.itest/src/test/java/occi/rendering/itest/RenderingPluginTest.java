package occi.rendering.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import occi.api.rendering.Rendering;
import occi.platform.testing.BundleEvents;
import occi.platform.testing.Endpoint;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.util.tracker.ServiceTracker;

/**
 * A rendering shipped as a plugin bundle, installed into the running container the way a
 * user does it: dropped into the deploy folder, then removed (the media type is gone:
 * 406), then installed and started from the Gogo shell (served again) and stopped (406),
 * all without a restart, while requests in another rendering keep succeeding.
 */
class RenderingPluginTest {

    static final String PLUGIN = "occi-rendering-csv";
    static final String CSV = "text/csv";
    static final String CSV_RENDERING = "(&(objectClass=" + Rendering.class.getName() + ")(occi.rendering.produces=" + CSV + "))";
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @InjectService(timeout = 30_000, filter = "(occi.rendering.produces=text/html)")
    Rendering html;

    @InjectService(timeout = 30_000)
    CommandProcessor gogo;

    @TempDir
    Path temp;

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void aRenderingPluginServesItsMediaTypeWhileInstalledWithoutARestart() throws Exception {
        Path jar = Path.of(context.getProperty("occi.example.csv.jar"));
        assertThat(jar).as("the plugin is built before this test").exists();
        URI queryInterface = Endpoint.of(runtime.getServiceReference()).resolve("-/");
        awaitStatus(queryInterface, "text/html", 200);
        assertThat(get(queryInterface, CSV).statusCode()).as("no built-in rendering serves text/csv").isEqualTo(406);

        ServiceTracker<Rendering, Rendering> csv = track(CSV_RENDERING);
        try (BackgroundRequests others = new BackgroundRequests(queryInterface, "text/html", 200)) {
            // 1. The deploy folder: a finished jar is moved in, as a user copies a file.
            Path deploy = Path.of(context.getProperty("felix.fileinstall.dir"));
            Path staged = Files.copy(jar, temp.resolve(PLUGIN + ".jar"));
            Path dropped = Files.move(staged, deploy.resolve(PLUGIN + ".jar"), StandardCopyOption.ATOMIC_MOVE);
            BundleEvents.awaitActive(context, PLUGIN);
            assertThat(csv.waitForService(TIMEOUT.toMillis())).isNotNull();
            assertServedAsCsv(queryInterface);

            Files.delete(dropped);
            BundleEvents.awaitUninstalled(context, PLUGIN);
            assertThat(csv.isEmpty()).isTrue();
            assertThat(get(queryInterface, CSV).statusCode()).as("the media type left with the bundle").isEqualTo(406);

            // 2. The Gogo shell: install and start again, then stop.
            try (ByteArrayOutputStream output = new ByteArrayOutputStream();
                    PrintStream out = new PrintStream(output, true);
                    CommandSession shell = gogo.createSession(System.in, out, out)) {
                shell.execute("install " + jar.toUri());
                Bundle installed = BundleEvents.find(context, PLUGIN).orElseThrow();
                shell.execute("start " + installed.getBundleId());
                assertThat(csv.waitForService(TIMEOUT.toMillis())).isNotNull();
                assertServedAsCsv(queryInterface);

                shell.execute("stop " + installed.getBundleId());
                assertThat(installed.getState()).isEqualTo(Bundle.RESOLVED);
                assertThat(get(queryInterface, CSV).statusCode()).isEqualTo(406);

                shell.execute("uninstall " + installed.getBundleId());
                BundleEvents.awaitUninstalled(context, PLUGIN);
            }

            assertThat(get(queryInterface, "text/html").statusCode()).isEqualTo(200);
            others.close();
            assertThat(others.sent()).as("requests sent meanwhile").isPositive();
            assertThat(others.failures()).as("requests in other renderings while the plugin came and went").isEmpty();
        } finally {
            csv.close();
        }
    }

    void assertServedAsCsv(URI queryInterface) throws Exception {
        HttpResponse<String> served = get(queryInterface, CSV);
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(CSV));
        assertThat(served.body()).startsWith("class,type,term,scheme,title,location,parent,attributes\r\n")
                .contains("kind,http://schemas.ogf.org/occi/core#resource,resource,");
    }

    HttpResponse<String> get(URI uri, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", accept).build(), HttpResponse.BodyHandlers.ofString());
    }

    ServiceTracker<Rendering, Rendering> track(String filter) throws Exception {
        ServiceTracker<Rendering, Rendering> tracker = new ServiceTracker<>(context, FrameworkUtil.createFilter(filter), null);
        tracker.open();
        return tracker;
    }

    /**
     * Waits until the server answers a URI with the status: the OCCI resource may register
     * with the JAX-RS whiteboard a little after the services this test waited for.
     */
    void awaitStatus(URI uri, String accept, int status) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        int last;
        while ((last = get(uri, accept).statusCode()) != status) {
            assertThat(System.nanoTime()).as("%s answered %d, not %d, within %s", uri, last, status, TIMEOUT).isLessThan(deadline);
            TimeUnit.MILLISECONDS.sleep(100);
        }
    }
}
