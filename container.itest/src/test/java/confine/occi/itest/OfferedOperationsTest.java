package confine.occi.itest;

import static org.assertj.core.api.Assertions.assertThat;

import confine.controller.ConfineController;
import confine.controller.Seed;
import java.net.http.HttpResponse;
import java.util.Dictionary;
import java.util.regex.Pattern;
import occi.platform.testing.Endpoint;
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
 * The HTML interface offers only what the CONFINE mapping accepts: no form for what its
 * backend says it refuses, the reason instead, while the API answers those requests as
 * before (400). And on this container, on loopback, anonymous requests act on the embedded
 * controller as its local operator.
 */
class OfferedOperationsTest {

    static final String HTML = "text/html";
    static final String REBOOT = "http://occi.platform/confine/testbed/node/action#reboot";

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @InjectService(filter = "(" + ConfineController.BASE_PROPERTY + "=/confine/api/)", timeout = 30_000)
    ConfineController controller;

    Occi occi;

    @BeforeEach
    void awaitTheTestbed() throws Exception {
        occi = new Occi(context, Endpoint.of(runtime.getServiceReference()));
        occi.awaitCategory("node", TestbedOverOcciTest.SCHEME, true);
        occi.await("/testbed/sliver/42", Occi.TEXT, r -> r.statusCode() == 200);
    }

    static boolean hasForm(String page, String formClass) {
        return Pattern.compile("<form[^>]*class=\"[^\"]*\\b" + formClass + "\\b").matcher(page).find();
    }

    @Test
    void theNodeCollectionOffersNoCreateFormButSaysWhyAndACreateIsStill400() throws Exception {
        HttpResponse<String> page = occi.get("/testbed/node/", HTML);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(hasForm(page.body(), "create")).as("no create form for CONFINE nodes").isFalse();
        assertThat(page.body()).contains("class=\"refused muted\"").contains("Not created here: only slivers are created through OCCI");

        HttpResponse<String> created = occi.post("/testbed/node/", Occi.TEXT, "Category: node; scheme=\"" + TestbedOverOcciTest.SCHEME
                + "\"; class=\"kind\"\nX-OCCI-Attribute: occi.core.title=\"new node\"\n");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(400);
        assertThat(created.body()).contains("only slivers are created through OCCI");

        // what the backend accepts is still offered: a compute can be created
        assertThat(hasForm(occi.get("/compute/", HTML).body(), "create")).isTrue();
    }

    @Test
    void aFixedNetworkOffersNoDeleteButtonButSaysWhyAndADeleteIsStill400() throws Exception {
        HttpResponse<String> page = occi.get("/testbed/network/private", HTML);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(hasForm(page.body(), "delete")).as("no delete button for a fixed network").isFalse();
        assertThat(page.body()).contains("Not deleted here: /testbed/network/private is one of the testbed&#39;s fixed networks");

        // nor an update, tag or action form: the mapping refuses every change to it
        assertThat(hasForm(page.body(), "update") || hasForm(page.body(), "tag") || hasForm(page.body(), "action")).isFalse();
        assertThat(page.body()).contains("Not changed here: /testbed/network/private is one of the testbed&#39;s fixed networks");
        HttpResponse<String> changed = occi.post("/testbed/network/private", Occi.TEXT, "X-OCCI-Attribute: occi.core.title=\"renamed\"\n");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(400);
        assertThat(changed.body()).contains("cannot be changed");

        HttpResponse<String> deleted = occi.delete("/testbed/network/private");
        assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(400);
        assertThat(deleted.body()).contains("fixed networks; it cannot be deleted");
    }

    @Test
    void aSliverOffersNoUntagOfItsSliverMixinNorTagWithItAndAnUntagIsStill400() throws Exception {
        HttpResponse<String> page = occi.get("/testbed/sliver/42", HTML);
        assertThat(page.statusCode()).isEqualTo(200);
        String body = page.body();
        assertThat(body).doesNotContain("action=\"/testbed/sliver/?_method=DELETE\"");
        assertThat(body).contains("kept: a compute of CONFINE testbed testbed is a sliver: it keeps mixin sliver");
        assertThat(body).as("its state is a badge").containsPattern("<span class=\"state state-[a-z]+\" title=\"occi.compute.state: ");
        assertThat(body).as("its delete is offered: the operator may delete it").containsPattern("<form[^>]*class=\"delete\"");

        HttpResponse<String> untagged = occi.post("/testbed/sliver/?_method=DELETE", Occi.TEXT,
                "X-OCCI-Location: " + occi.endpoint + "testbed/sliver/42\n");
        assertThat(untagged.statusCode()).as(untagged.body()).isEqualTo(400);
        assertThat(untagged.body()).contains("it keeps mixin");

        // the sliver mixin's own collection offers no tag form either
        HttpResponse<String> mixin = occi.get("/testbed/sliver/", HTML);
        assertThat(hasForm(mixin.body(), "tag")).isFalse();
        assertThat(mixin.body()).contains("Not tagged here: mixin sliver makes a new compute a CONFINE sliver");
    }

    @Test
    void anAnonymousLoopbackRequestRebootsANodeAsTheLocalOperatorAndAForwardedOneDoesNot() throws Exception {
        long bootsBefore = controller.testbed().get("nodes", 1413).orElseThrow().path("boot_sn").asLong();
        HttpResponse<String> rebooted = occi.action("/testbed/node/1413", REBOOT);
        assertThat(rebooted.statusCode()).as(rebooted.body()).isEqualTo(200);
        long bootsAfter = controller.testbed().get("nodes", 1413).orElseThrow().path("boot_sn").asLong();
        assertThat(bootsAfter).isGreaterThan(bootsBefore);

        // a request a proxy on this host forwarded for someone else is not the operator's: occi.security
        // requires credentials for it (AUTO mode), so it never reaches the testbed
        HttpResponse<String> forwarded = occi.withHeader("X-Forwarded-For", "203.0.113.7").action("/testbed/node/1413", REBOOT);
        assertThat(forwarded.statusCode()).as(forwarded.body()).isEqualTo(401);
        assertThat(forwarded.body()).contains("Authentication is required");
        assertThat(controller.testbed().get("nodes", 1413).orElseThrow().path("boot_sn").asLong()).as("not rebooted again")
                .isEqualTo(bootsAfter);
    }

    @Test
    void anAnonymousLoopbackClientDeletesEveryComputeIncludingTheSeededSliver(@InjectService(timeout = 30_000) ConfigurationAdmin admin)
            throws Exception {
        assertThat(controller.testbed().get("slivers", 42)).isPresent();
        try {
            HttpResponse<String> deleted = occi.delete("/compute/");
            assertThat(deleted.statusCode()).as(deleted.body()).isIn(200, 204);
            assertThat(controller.testbed().get("slivers", 42)).as("deleted in the controller").isEmpty();
            occi.await("/compute/", Occi.TEXT, r -> r.statusCode() == 200 && !r.body().contains("/testbed/sliver/"));
        } finally {
            controller.testbed().reset(seedOf(admin)); // the seeded sliver back for the other tests
            occi.await("/testbed/sliver/42", Occi.TEXT, r -> r.statusCode() == 200);
        }
    }

    /** The seed the container's controller was configured with (the defaults: the sample documents only). */
    private static Seed seedOf(ConfigurationAdmin admin) throws Exception {
        Configuration[] found = admin.listConfigurations("(service.pid=confine.controller)");
        Dictionary<String, Object> properties = found == null ? null : found[0].getProperties();
        return Seed.generated(number(properties, "seed.nodes"), number(properties, "seed.slices"), number(properties, "seed.slivers.per.slice"));
    }

    private static int number(Dictionary<String, Object> properties, String key) {
        Object value = properties == null ? null : properties.get(key);
        return value == null ? 0 : Integer.parseInt(value.toString().trim());
    }
}
