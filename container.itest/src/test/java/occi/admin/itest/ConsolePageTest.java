package occi.admin.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import occi.api.Category;
import occi.api.backend.KindBackend;
import occi.api.backend.Registry;
import occi.api.rendering.Rendering;
import occi.platform.testing.Endpoint;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/** The web console's OCCI page, loaded over HTTP with the console's login and checked against the services. */
class ConsolePageTest {

    private static final String TAGS = "http://admin.itest.example/tags#";

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @InjectService(timeout = 30_000)
    ServiceAware<Rendering> renderings;

    @InjectService(timeout = 30_000)
    ServiceAware<Registry> registries;

    @InjectService(timeout = 30_000)
    ServiceAware<KindBackend> kindBackends;

    private Console console;

    @BeforeEach
    void serverAnswers() throws Exception {
        console = new Console(Endpoint.of(runtime.getServiceReference()), context);
        Console.until("the OCCI query interface answers", () -> console.occi("GET", "-/", null, "text/plain").statusCode() == 200);
    }

    @Test
    void refusesAVisitorWithoutTheConsoleLogin() throws Exception {
        console.loadPage();
        assertThat(console.send(HttpRequest.newBuilder(console.page())).statusCode()).isEqualTo(401);
    }

    @Test
    void showsWhatTheServicesAndTheServerHold() throws Exception {
        String first = console.createCompute("page one");
        String second = console.createCompute("page two");
        assertThat(console.occi("GET", "compute/no-such-thing", null, "text/plain").statusCode()).isEqualTo(404);

        String html = console.loadPage();

        List<List<String>> renderingRows = Console.table(html, "occi-renderings");
        for (ServiceReference<Rendering> rendering : renderings.getServiceReferences()) {
            String produces = String.join(", ", (String[]) rendering.getProperty("occi.rendering.produces"));
            assertThat(renderingRows).as("the rendering of %s", produces).anySatisfy(row -> {
                assertThat(row.get(0)).isEqualTo(produces);
                assertThat(row.get(2)).startsWith(rendering.getBundle().getSymbolicName() + " ");
            });
        }

        List<List<String>> registryRows = Console.table(html, "occi-registries");
        assertThat(registryRows).hasSize(registries.size());
        ServiceReference<Registry> inUse = registries.getServiceReference();  // the highest ranked
        assertThat(registryRows.get(0).get(0)).isEqualTo("in use");
        assertThat(registryRows.get(0).get(2)).isEqualTo(context.getService(inUse).getClass().getName());
        assertThat(registryRows.get(0).get(3)).startsWith(inUse.getBundle().getSymbolicName() + " ");
        context.ungetService(inUse);

        List<List<String>> categoryRows = Console.table(html, "occi-categories");
        for (ServiceReference<KindBackend> reference : kindBackends.getServiceReferences()) {
            KindBackend backend = context.getService(reference);
            try {
                for (Category category : backend.categories()) {
                    assertThat(categoryRows).as("the row of %s", category.id()).anySatisfy(row -> {
                        assertThat(row.subList(0, 3)).containsExactly(category.categoryClass(), category.id().term(),
                                category.id().scheme());
                        assertThat(row.get(5)).startsWith(reference.getBundle().getSymbolicName() + " ");
                    });
                }
            } finally {
                context.ungetService(reference);
            }
        }
        // every compute counts, CONFINE slivers (computes with a sliver mixin, below /testbed/sliver/) too
        long computes = console.occi("GET", "compute/", null, "text/uri-list").body().lines().filter(l -> !l.isBlank()).count();
        assertThat(computes).isGreaterThanOrEqualTo(2);
        assertThat(categoryRows).anySatisfy(row -> {
            assertThat(row.subList(0, 2)).containsExactly("kind", "compute");
            assertThat(row.get(6)).isEqualTo(String.valueOf(computes));
        });

        // the first page may be full of other tests' entities: a filter on the titles finds these two
        String titled = console.loadPage("q=page+");
        List<String> shown = Console.table(titled, "occi-entities").stream().map(row -> row.get(0)).toList();
        assertThat(shown).contains(first, second);
        assertThat(titled).contains("href='" + first + "'");  // opens the HTML rendering

        assertThat(Console.table(html, "occi-requests")).anySatisfy(row -> {
            assertThat(row.get(0)).isEqualTo("404");
            assertThat(Long.parseLong(row.get(1))).isPositive();
        });
    }

    @Test
    void untagsAndDeletesThroughTheServer() throws Exception {
        String location = console.createCompute("to be deleted");
        assertThat(console.occi("POST", "-/", "Category: important; scheme=\"" + TAGS
                + "\"; class=\"mixin\"; location=\"/important/\"\n", "text/plain").statusCode()).isIn(200, 201);
        assertThat(console.occi("POST", "important/", "X-OCCI-Location: " + console.base.resolve(location) + "\n",
                "text/plain").statusCode()).isEqualTo(200);
        List<String> row = Console.table(console.loadPage("q=" + location), "occi-entities").stream()
                .filter(r -> r.get(0).equals(location)).findFirst().orElseThrow();
        assertThat(row.get(4)).contains("important");

        var refused = console.postForm(Map.of("action", "delete", "location", location), "http://elsewhere.example");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(console.occi("GET", location.substring(1), null, "text/plain").statusCode()).isEqualTo(200);

        var untagged = console.postForm(Map.of("action", "untag", "location", location, "mixin", TAGS + "important"), null);
        assertThat(untagged.statusCode()).isEqualTo(303);
        assertThat(untagged.headers().firstValue("Location").orElseThrow()).contains("message=untag");
        assertThat(console.occi("GET", "important/", null, "text/uri-list").body()).doesNotContain(location);

        var deleted = console.postForm(Map.of("action", "delete", "location", location), console.base.toString().replaceAll("/$", ""));
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(console.occi("GET", location.substring(1), null, "text/plain").statusCode()).isEqualTo(404);
        assertThat(console.occi("DELETE", "-/", "Category: important; scheme=\"" + TAGS + "\"; class=\"mixin\"\n",
                "text/plain").statusCode()).isEqualTo(200);
    }

    /** Headless Chromium draws the page (the console's Basic login in the URL); skipped where there is no Chromium. */
    @Test
    void writesAScreenshotOfThePage() throws Exception {
        Path chromium = Path.of("/usr/bin/chromium");
        Assumptions.assumeTrue(Files.isExecutable(chromium), "no Chromium at " + chromium + " (cnf/tools/install-browser.sh installs it)");
        console.createCompute("in the screenshot");
        console.loadPage();
        Path dir = Path.of(context.getProperty("screenshots.dir"));
        Files.createDirectories(dir);
        Path shot = dir.resolve("occi-console.png");
        Files.deleteIfExists(shot);
        URI page = console.page();
        String url = page.getScheme() + "://" + console.username + ":" + console.password + "@" + page.getRawAuthority()
                + page.getRawPath();
        Process process = new ProcessBuilder(Arrays.asList(chromium.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars",
                "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1280,1600",
                "--screenshot=" + shot, url)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("chromium.log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("Chromium finished").isTrue();
        assertThat(process.exitValue()).as("Chromium's exit code, see " + dir.resolve("chromium.log")).isZero();
        assertThat(shot).isNotEmptyFile();
    }
}
