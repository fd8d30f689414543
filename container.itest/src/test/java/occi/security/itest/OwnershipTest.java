package occi.security.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import occi.platform.testing.Endpoint;
import occi.platform.testing.JaxrsResources;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/**
 * Two users over HTTP: the authenticated principal reaches the registry, which keeps each
 * owner's resources and user mixins apart; another owner's resource is a 404.
 */
class OwnershipTest {

    static final String COMPUTE = "Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"\n";

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @InjectService(timeout = 30_000)
    ConfigurationAdmin configAdmin;

    final HttpClient http = HttpClient.newHttpClient();
    final List<Configuration> users = new ArrayList<>();
    final String alice = "alice-" + UUID.randomUUID();
    final String bob = "bob-" + UUID.randomUUID();
    URI base;

    @BeforeEach
    void twoUsers() throws Exception {
        base = Endpoint.of(runtime.getServiceReference());
        JaxrsResources.awaitPath(context, runtime.getService(), "{path:.*}");
        user(alice);
        user(bob);
    }

    @AfterEach
    void removeUsers() throws Exception {
        for (Configuration user : users) {
            user.delete();
        }
    }

    @Test
    void anOwnersResourceIsInvisibleToAnotherOwner() throws Exception {
        HttpResponse<String> created = send(alice, "POST", "compute/", COMPUTE + "X-OCCI-Attribute: occi.core.title=\"alice's vm\"\n");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        URI location = URI.create(created.headers().firstValue("Location").orElseThrow());

        assertThat(send(alice, "GET", location.getPath().substring(1), null).statusCode()).isEqualTo(200);
        assertThat(send(bob, "GET", location.getPath().substring(1), null).statusCode()).isEqualTo(404);
        assertThat(send(bob, "DELETE", location.getPath().substring(1), null).statusCode()).isEqualTo(404);
        assertThat(send(bob, "GET", "compute/", null).body()).doesNotContain(location.getPath());
        assertThat(send(alice, "GET", "compute/", null).body()).contains(location.getPath());
        // anonymous callers have a namespace of their own
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(location).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(404);
        assertThat(send(alice, "DELETE", location.getPath().substring(1), null).statusCode()).isEqualTo(200);
    }

    @Test
    void twoOwnersMayDefineTheSameUserMixin() throws Exception {
        String mixin = "Category: favourite; scheme=\"http://example.org/tags#\"; class=\"mixin\"; location=\"/favourite/\"\n";

        assertThat(send(alice, "POST", "-/", mixin).statusCode()).isEqualTo(200);
        assertThat(send(bob, "POST", "-/", mixin).statusCode()).isEqualTo(200);
        assertThat(send(alice, "GET", "-/", null).body()).contains("favourite");

        assertThat(send(alice, "DELETE", "-/", mixin).statusCode()).isEqualTo(200);
        assertThat(send(bob, "GET", "-/", null).body()).contains("favourite");
        assertThat(send(bob, "DELETE", "-/", mixin).statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> send(String user, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":pw-" + user).getBytes(StandardCharsets.UTF_8)));
        if (body != null) {
            request.header("Content-Type", "text/plain").method(method, HttpRequest.BodyPublishers.ofString(body));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void user(String name) throws Exception {
        users.add(Users.create(context, configAdmin, name, "pw-" + name, new String[0], new String[0]));
    }
}
