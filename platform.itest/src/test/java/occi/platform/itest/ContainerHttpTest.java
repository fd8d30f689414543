package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import occi.platform.testing.Endpoint;
import occi.platform.testing.JaxrsResources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/** The container's HTTP stack end to end: the status resource and the web console, over loopback. */
class ContainerHttpTest {

    static final String CONSOLE_AUTH = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    final HttpClient http = HttpClient.newHttpClient();
    URI base;

    @BeforeEach
    void waitForStatusResource() throws Exception {
        base = Endpoint.of(runtime.getServiceReference());
        JaxrsResources.awaitPath(context, runtime.getService(), "system/status");
    }

    @Test
    void statusListsEveryBundleWithItsState() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("system/status")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(response.body())
                .contains("\"symbolicName\":\"platform.runtime\"")
                .contains("\"symbolicName\":\"org.apache.felix.framework\"")
                .contains("\"state\":\"ACTIVE\"")
                .doesNotContain("\"state\":\"INSTALLED\"");
    }

    @Test
    void webConsoleAnswersWithCredentials() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("system/console/bundles"))
                .header("Authorization", CONSOLE_AUTH).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Bundles");
    }

    @Test
    void webConsoleRefusesAnonymousRequests() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve("system/console/bundles")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    }
}
