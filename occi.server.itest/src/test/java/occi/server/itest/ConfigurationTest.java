package occi.server.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import occi.platform.testing.Endpoint;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.annotation.Property;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.test.common.annotation.config.WithConfiguration;

/** The server's configuration (PID occi.server) applied to the running server, without a restart. */
class ConfigurationTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @Test
    @WithConfiguration(pid = "occi.server", location = "?", properties = {
            @Property(key = "base.path", value = "/occi/"),
            @Property(key = "absolute.category.locations", value = "true", scalar = Property.Scalar.Boolean),
            @Property(key = "max.page.size", value = "2", scalar = Property.Scalar.Integer),
            @Property(key = "cors.allowed.origins", value = "https://ui.example")})
    void theBasePathPagingLocationsAndCorsFollowTheConfiguration() throws Exception {
        OcciClient occi = new OcciClient(Endpoint.of(runtime.getServiceReference()));
        Await.until("OCCI is served below /occi/", () -> occi.get("/occi/-/").statusCode() == 200);

        assertThat(occi.get("/-/").statusCode()).isEqualTo(404);
        HttpResponse<String> qi = occi.get("/occi/-/", "Origin", "https://ui.example");
        assertThat(qi.body()).contains("location=\"" + occi.base() + "occi/resource/\"");
        assertThat(qi.headers().firstValue("Access-Control-Allow-Origin")).contains("https://ui.example");
        String created = occi.create("/occi/resource/", "Category: resource; scheme=\"http://schemas.ogf.org/occi/core#\"; class=\"kind\"\n");
        assertThat(created).startsWith(occi.base() + "occi/resource/");
        assertThat(occi.get(created).statusCode()).isEqualTo(200);
        assertThat(occi.get("/occi/resource/?number=3").statusCode()).isEqualTo(413);
        assertThat(occi.send("DELETE", created, null).statusCode()).isEqualTo(200);
    }
}
