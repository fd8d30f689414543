package occi.server.itest;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.StreamSupport;
import occi.api.backend.KindBackend;
import occi.api.rendering.Rendering;
import occi.api.runtime.BackendDTO;
import occi.api.runtime.FailedServiceDTO;
import occi.api.runtime.OcciServiceRuntime;
import occi.api.runtime.RegistryDTO;
import occi.api.runtime.RuntimeDTO;
import occi.server.itest.deployed.ClashingBackend;
import occi.server.itest.deployed.ClashingRendering;
import occi.server.itest.deployed.FailingBackend;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/**
 * The OCCI runtime service with bad plugins installed as bundles: a rendering whose media
 * type a built-in one already serves, a backend that defines a category again, a backend
 * whose activation throws. Each shows up as refused or failed with its reason in the
 * service, in {@code /system/status}, on the console's OCCI page and in {@code
 * occi:runtime}, while the server keeps serving the rest; each is gone once uninstalled.
 */
class RuntimeServiceTest {

    static final String RENDERING_BUNDLE = "occi.itest.clashing.rendering";
    static final String BACKEND_BUNDLE = "occi.itest.clashing.backend";
    static final String FAILING_BUNDLE = "occi.itest.failing.backend";

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @InjectService(timeout = 30_000)
    ServiceAware<OcciServiceRuntime> occiRuntime;

    @InjectService(timeout = 30_000)
    CommandProcessor gogo;

    @TempDir
    Path temp;

    private ServerFixture server;
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() throws Exception {
        server = new ServerFixture(context, runtime);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void describesTheServerAsItServes() throws Exception {
        RuntimeDTO dto = occiRuntime.getService().getRuntimeDTO();

        assertThat(dto.baseUris).contains(server.client.base().toString());
        assertThat(dto.registry).as("the registry in use").isNotNull();
        assertThat(dto.registry.bundleSymbolicName).isEqualTo("occi.registry.jdbc");
        assertThat(dto.registry.persistent).isTrue();
        assertThat(dto.registry.available).isTrue();
        assertThat(dto.registry.state).isEqualTo(RegistryDTO.SERVING);
        assertThat(dto.registries).anySatisfy(r -> {
            assertThat(r.bundleSymbolicName).isEqualTo("occi.server");
            assertThat(r.persistent).isFalse();
            assertThat(r.inUse).isFalse();
            assertThat(r.state).isEqualTo(RegistryDTO.STANDBY);
        });
        assertThat(dto.renderings).anySatisfy(r -> {
            assertThat(r.produces).contains("text/uri-list");
            assertThat(r.bundleSymbolicName).isEqualTo("occi.rendering");
            assertThat(r.shadowed).isEmpty();
        });
        assertThat(dto.backends).anySatisfy(b -> {
            assertThat(b.bundleSymbolicName).isEqualTo("occi.infrastructure");
            assertThat(b.categories).contains("http://schemas.ogf.org/occi/infrastructure#compute");
            assertThat(b.refusedCategories).isEmpty();
            assertThat(b.state).isEqualTo(BackendDTO.SERVING);
        });
        assertThat(dto.failedServices).as("the shipped container refuses nothing").isEmpty();
        assertThat(occiRuntime.getServiceReference().getProperty(OcciServiceRuntime.CHANGE_COUNT)).isEqualTo(dto.changeCount);
    }

    @Test
    void aRenderingWithAClashingMediaTypeIsRefusedWithItsReasonAndTheServerKeepsServing() throws Exception {
        long before = occiRuntime.getService().getRuntimeDTO().changeCount;
        Bundle plugin = install(PluginBundle.write(temp.resolve("rendering.jar"), RENDERING_BUNDLE, ClashingRendering.class,
                Rendering.class, Map.of("occi.rendering.produces", "text/uri-list", "occi.rendering.consumes", "text/uri-list")));
        try {
            FailedServiceDTO refused = awaitFailed(RENDERING_BUNDLE);
            assertThat(refused.serviceType).isEqualTo(FailedServiceDTO.RENDERING);
            assertThat(refused.reason).isEqualTo(FailedServiceDTO.CLASHING_MEDIA_TYPE);
            assertThat(refused.state).isEqualTo(FailedServiceDTO.REFUSED);
            assertThat(refused.message).contains("text/uri-list by occi.rendering ");
            assertThat(refused.bundleId).isEqualTo(plugin.getBundleId());
            RuntimeDTO now = occiRuntime.getService().getRuntimeDTO();
            assertThat(now.changeCount).isGreaterThan(before);
            assertThat(now.renderings).noneMatch(r -> RENDERING_BUNDLE.equals(r.bundleSymbolicName));

            assertThat(server.client.get("/-/").statusCode()).as("GET /-/ in text/plain").isEqualTo(200);
            HttpResponse<String> uriList = server.client.get("/compute/", "Accept", "text/uri-list");
            assertThat(uriList.statusCode()).as("the built-in rendering keeps its media type").isEqualTo(200);

            assertThat(statusEntry(RENDERING_BUNDLE)).hasValueSatisfying(entry -> {
                assertThat(entry.path("reason").asText()).isEqualTo(FailedServiceDTO.CLASHING_MEDIA_TYPE);
                assertThat(entry.path("message").asText()).contains("text/uri-list");
            });
            assertThat(consoleFailedRow(RENDERING_BUNDLE)).contains(FailedServiceDTO.CLASHING_MEDIA_TYPE).contains("text/uri-list");
            assertThat(shell("occi:runtime")).contains(RENDERING_BUNDLE).contains(FailedServiceDTO.CLASHING_MEDIA_TYPE);
        } finally {
            plugin.uninstall();
        }
        Await.until("the refused rendering leaves the runtime with its bundle", () -> failed(RENDERING_BUNDLE).isEmpty());
    }

    @Test
    void aBackendWithAClashingCategoryIsRefusedWithItsReason() throws Exception {
        Bundle plugin = install(PluginBundle.write(temp.resolve("backend.jar"), BACKEND_BUNDLE, ClashingBackend.class,
                KindBackend.class, Map.of()));
        try {
            FailedServiceDTO refused = awaitFailed(BACKEND_BUNDLE);
            assertThat(refused.serviceType).isEqualTo(FailedServiceDTO.BACKEND);
            assertThat(refused.reason).isEqualTo(FailedServiceDTO.CLASHING_CATEGORY);
            assertThat(refused.message).contains("http://schemas.ogf.org/occi/infrastructure#compute", "already defined by");
            assertThat(refused.refusedCategories).singleElement()
                    .satisfies(c -> assertThat(c.category).isEqualTo("http://schemas.ogf.org/occi/infrastructure#compute"));
            assertThat(server.client.get("/compute/").statusCode()).as("the first definer keeps serving compute").isEqualTo(200);
            assertThat(server.client.get("/-/").body()).as("the refused category is not served").doesNotContain("/compute-again/");
            assertThat(statusEntry(BACKEND_BUNDLE)).hasValueSatisfying(
                    entry -> assertThat(entry.path("reason").asText()).isEqualTo(FailedServiceDTO.CLASHING_CATEGORY));
            assertThat(consoleFailedRow(BACKEND_BUNDLE)).contains(FailedServiceDTO.CLASHING_CATEGORY);
        } finally {
            plugin.uninstall();
        }
        Await.until("the refused backend leaves the runtime with its bundle", () -> failed(BACKEND_BUNDLE).isEmpty());
    }

    @Test
    void aBackendWhoseActivationFailsIsListedWithTheFailure() throws Exception {
        Bundle plugin = install(PluginBundle.write(temp.resolve("failing.jar"), FAILING_BUNDLE, FailingBackend.class,
                KindBackend.class, Map.of()));
        try {
            FailedServiceDTO failed = awaitFailed(FAILING_BUNDLE);
            assertThat(failed.serviceType).isEqualTo(FailedServiceDTO.BACKEND);
            assertThat(failed.reason).isEqualTo(FailedServiceDTO.FAILED_ACTIVATION);
            assertThat(failed.state).isEqualTo(FailedServiceDTO.FAILED);
            assertThat(failed.component).isEqualTo(FAILING_BUNDLE);
            assertThat(failed.message).contains(FailingBackend.FAILURE);
            assertThat(server.client.get("/-/").statusCode()).isEqualTo(200);
        } finally {
            plugin.uninstall();
        }
        Await.until("the failed component leaves the runtime with its bundle", () -> failed(FAILING_BUNDLE).isEmpty());
    }

    private Bundle install(Path jar) throws Exception {
        Bundle bundle = context.installBundle(jar.toUri().toString());
        bundle.start();
        return bundle;
    }

    private Optional<FailedServiceDTO> failed(String symbolicName) {
        return Arrays.stream(occiRuntime.getService().getRuntimeDTO().failedServices)
                .filter(f -> symbolicName.equals(f.bundleSymbolicName)).findFirst();
    }

    private FailedServiceDTO awaitFailed(String symbolicName) throws Exception {
        Await.until(symbolicName + " is listed as refused or failed", () -> failed(symbolicName).isPresent());
        return failed(symbolicName).orElseThrow();
    }

    /** The bundle's entry among /system/status' refused and failed OCCI services. */
    private Optional<JsonNode> statusEntry(String symbolicName) throws Exception {
        HttpResponse<String> status = server.client.get("/system/status", "Accept", "application/json");
        assertThat(status.statusCode()).isEqualTo(200);
        JsonNode failedServices = json.readTree(status.body()).path("occi").path("failedServices");
        return StreamSupport.stream(failedServices.spliterator(), false)
                .filter(f -> symbolicName.equals(f.path("bundleSymbolicName").asText())).findFirst();
    }

    /** The text of the console page's row for the bundle in its refused and failed services table. */
    private String consoleFailedRow(String symbolicName) throws Exception {
        String login = context.getProperty("felix.webconsole.username") + ":" + context.getProperty("felix.webconsole.password");
        HttpResponse<String>[] page = new HttpResponse[1];
        Await.until("the console serves the OCCI page", () -> (page[0] = server.client.get("/system/console/occi",
                "Authorization", "Basic " + Base64.getEncoder().encodeToString(login.getBytes(UTF_8)))).statusCode() == 200);
        String html = page[0].body();
        int table = html.indexOf("id='occi-failed'");
        assertThat(table).as("the page has the refused and failed services table").isPositive();
        String rows = html.substring(table, html.indexOf("</table>", table));
        return Arrays.stream(rows.split("<tr")).filter(row -> row.contains(symbolicName)).findFirst()
                .map(row -> row.replaceAll("<[^>]+>", " ").replace("&#39;", "'")).orElse("");
    }

    private String shell(String command) throws Exception {
        try (ByteArrayOutputStream output = new ByteArrayOutputStream(); PrintStream out = new PrintStream(output, true, UTF_8);
                CommandSession session = gogo.createSession(System.in, out, out)) {
            return output.toString(UTF_8) + session.execute(command);
        }
    }
}
