package confine.occi.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.controller.ConfineController;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import occi.platform.testing.Endpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import java.util.Hashtable;
import java.util.concurrent.CopyOnWriteArrayList;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.annotation.Property;
import org.osgi.test.common.annotation.config.WithConfiguration;
import org.osgi.test.common.annotation.config.WithFactoryConfiguration;
import org.osgi.test.common.service.ServiceAware;

/**
 * The local CONFINE controller served through OCCI at /testbed/, driven only through OCCI
 * over real HTTP (text/plain and JSON); the controller's own API is read to check what
 * happened there.
 */
class TestbedOverOcciTest {

    static final String SCHEME = "http://occi.platform/confine/testbed#";
    static final String TEMPLATE_SCHEME = "http://occi.platform/confine/testbed/template#";
    static final String LOCAL_PID = "confine.occi.local";
    static final String INFRA = "http://schemas.ogf.org/occi/infrastructure#";
    static final ObjectMapper MAPPER = new ObjectMapper();

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @InjectService(filter = "(" + ConfineController.BASE_PROPERTY + "=/confine/api/)", timeout = 30_000)
    ConfineController controller;

    Occi occi;
    long slice;

    @BeforeEach
    void awaitTheTestbed() throws Exception {
        occi = new Occi(context, Endpoint.of(runtime.getServiceReference()));
        occi.awaitCategory("node", SCHEME, true);
        slice = controller.testbed().create("slices", (ObjectNode) MAPPER.readTree("{\"name\": \"occi-test\", \"group\": {\"uri\": \""
                + controllerUri("groups/2/") + "\"}, \"template\": {\"uri\": \"" + controllerUri("templates/1/") + "\"}}")).path("id").asLong();
    }

    @AfterEach
    void removeTheSlice() {
        controller.testbed().list("slivers").stream().filter(s -> s.path("slice").path("uri").asText().endsWith("/slices/" + slice + "/"))
                .forEach(s -> controller.testbed().delete("slivers", s.path("id").asLong()));
        controller.testbed().delete("slices", slice);
    }

    @Test
    void nodesAreListedAndRenderedInTextAndJson() throws Exception {
        HttpResponse<String> list = occi.get("/testbed/node/", Occi.TEXT);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("X-OCCI-Location: " + occi.endpoint + "testbed/node/1413");

        HttpResponse<String> text = occi.get("/testbed/node/1413", Occi.TEXT);
        assertThat(text.statusCode()).isEqualTo(200);
        assertThat(text.body()).contains("Category: node; scheme=\"" + SCHEME + "\"")
                .contains("X-OCCI-Attribute: occi.core.title=\"node-1413\"")
                .contains("X-OCCI-Attribute: confine.node.arch=\"i686\"")
                .contains("X-OCCI-Attribute: confine.node.group=\"/testbed/group/2\"")
                .contains("?action=reboot");

        JsonNode json = MAPPER.readTree(occi.get("/testbed/node/1413", Occi.JSON).body());
        assertThat(json.path("kind").asText()).isEqualTo(SCHEME + "node");
        assertThat(json.path("attributes").path("confine.node.set_state").asText()).isEqualTo("debug");
    }

    @Test
    void theControllersTemplatesAreOsTemplatesAndANewOneAppears() throws Exception {
        HttpResponse<String> model = occi.awaitCategory("template-1", TEMPLATE_SCHEME, true);
        assertThat(model.body()).contains("Category: template-1; scheme=\"" + TEMPLATE_SCHEME + "\"; class=\"mixin\"; title=\"Debian Wheezy i386\"");
        JsonNode json = MAPPER.readTree(occi.get("/-/", Occi.JSON).body());
        JsonNode template = find(json.path("mixins"), TEMPLATE_SCHEME, "template-1");
        assertThat(template.path("depends").toString()).contains("http://schemas.ogf.org/occi/infrastructure#os_tpl");

        ObjectNode added = controller.testbed().create("templates", (ObjectNode) MAPPER.readTree(
                "{\"name\": \"OpenWrt test\", \"type\": \"openwrt\", \"node_archs\": [\"i686\"], \"is_active\": true}"));
        String term = "template-" + added.path("id").asLong();
        try {
            occi.awaitCategory(term, TEMPLATE_SCHEME, true);
        } finally {
            assertThat(controller.testbed().delete("templates", added.path("id").asLong())).isTrue();
        }
        occi.awaitCategory(term, TEMPLATE_SCHEME, false);
    }

    @Test
    void aSliverMadeInTheControllerShowsUpInTheComputeCollection() throws Exception {
        ObjectNode sliver = controller.testbed().create("slivers", (ObjectNode) MAPPER.readTree(
                "{\"slice\": {\"uri\": \"" + controllerUri("slices/" + slice + "/") + "\"}, \"node\": {\"uri\": \""
                        + controllerUri("nodes/1413/") + "\"}}"));
        String location = "testbed/sliver/" + sliver.path("id").asText();
        try {
            HttpResponse<String> compute = occi.await("/compute/", Occi.TEXT, r -> r.body().contains(location));
            assertThat(compute.body()).contains("X-OCCI-Location: " + occi.endpoint + location);
            HttpResponse<String> rendered = occi.get("/" + location, Occi.TEXT);
            assertThat(rendered.body()).contains("Category: compute; scheme=\"" + INFRA + "\"; class=\"kind\"")
                    .contains("Category: sliver; scheme=\"" + SCHEME + "\"; class=\"mixin\"")
                    .contains("occi.compute.state=\"inactive\"")
                    .contains("/testbed/placement/" + sliver.path("id").asText())
                    .contains("/testbed/networkinterface/" + sliver.path("id").asText() + "-0");
        } finally {
            controller.testbed().delete("slivers", sliver.path("id").asLong());
        }
        occi.await("/compute/", Occi.TEXT, r -> !r.body().contains(location));
    }

    @Test
    void anAnonymousLoopbackRequestRebootsANodeAsTheLocalOperator() throws Exception {
        // the container listens on loopback only: an anonymous request from this host is its operator's (OfferedOperationsTest
        // shows that a forwarded one is not)
        HttpResponse<String> rebooted = occi.action("/testbed/node/1413", "http://occi.platform/confine/testbed/node/action#reboot");
        assertThat(rebooted.statusCode()).as(rebooted.body()).isEqualTo(200);
    }

    @Test
    @WithConfiguration(pid = LOCAL_PID, location = "?", properties = {@Property(key = "username", value = "vct"),
            @Property(key = ".password", value = "vct")})
    void withCredentialsANodeRebootsAndASliverIsCreatedAndMovedThroughItsStates() throws Exception {
        occi.awaitCategory("node", SCHEME, true);
        HttpResponse<String> reboot = occi.await("/testbed/node/1413", Occi.TEXT, r -> r.statusCode() == 200);
        reboot = occi.action("/testbed/node/1413", "http://occi.platform/confine/testbed/node/action#reboot");
        assertThat(reboot.statusCode()).as(reboot.body()).isEqualTo(200);

        String body = MAPPER.writeValueAsString(Map.of(
                "kind", INFRA + "compute",
                "mixins", List.of(SCHEME + "sliver", TEMPLATE_SCHEME + "template-1"),
                "id", "new",
                "summary", "made through OCCI",
                "attributes", Map.of("confine.sliver.node", "/testbed/node/1413", "confine.sliver.slice", "/testbed/slice/" + slice,
                        "confine.sliver.interfaces", List.of(Map.of("type", "private", "name", "priv"),
                                Map.of("type", "public4", "name", "pub0")))));
        HttpResponse<String> created = occi.post("/compute/", Occi.JSON, body);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(location.replaceAll(".*/testbed/sliver/", ""));
        try {
            JsonNode json = MAPPER.readTree(occi.get("/testbed/sliver/" + id, Occi.JSON).body());
            assertThat(json.path("kind").asText()).isEqualTo(INFRA + "compute");
            assertThat(json.path("mixins").toString()).contains(SCHEME + "sliver").contains(TEMPLATE_SCHEME + "template-1");
            JsonNode pub0 = null;
            for (JsonNode link : json.path("links")) {
                if (link.path("kind").asText().equals(INFRA + "networkinterface") && link.path("attributes").path("confine.interface.name").asText().equals("pub0")) {
                    pub0 = link;
                }
            }
            assertThat(pub0).as(json.toString()).isNotNull();
            assertThat(pub0.path("target").path("location").asText()).endsWith("/testbed/network/public4");
            assertThat(pub0.path("target").path("kind").asText()).isEqualTo(INFRA + "network");
            assertThat(pub0.path("attributes").path("confine.interface.type").asText()).isEqualTo("public4");
            assertThat(pub0.path("mixins").toString()).contains(SCHEME + "interface");
            HttpResponse<String> iface = occi.get("/testbed/networkinterface/" + id + "-1", Occi.TEXT);
            assertThat(iface.body()).contains("Category: networkinterface; scheme=\"" + INFRA + "\"")
                    .contains("confine.interface.name=\"pub0\"");
            assertThat(occi.get("/testbed/network/public4", Occi.TEXT).body()).contains("Category: network; scheme=\"" + INFRA + "\"")
                    .contains("occi.network.label=\"public4\"");
            assertThat(occi.get("/testbed/sliver/", Occi.TEXT).body()).contains("testbed/sliver/" + id);
        } catch (AssertionError | RuntimeException e) {
            controller.testbed().delete("slivers", id);
            throw e;
        }
        try {
            ObjectNode stored = controller.testbed().get("slivers", id).orElseThrow();
            assertThat(stored.path("node").path("uri").asText()).endsWith("nodes/1413/");
            assertThat(stored.path("slice").path("uri").asText()).endsWith("slices/" + slice + "/");
            assertThat(stored.path("template").path("uri").asText()).endsWith("templates/1/");
            assertThat(stored.path("interfaces").get(0).path("name").asText()).isEqualTo("priv");
            assertThat(stored.path("description").asText()).isEqualTo("made through OCCI");

            String path = "/testbed/sliver/" + id;
            String actions = "http://occi.platform/confine/testbed/";
            assertThat(occi.action("/testbed/slice/" + slice, actions + "slice/action#start").statusCode()).isEqualTo(200);
            HttpResponse<String> deployed = occi.action(path, actions + "sliver/action#deploy");
            assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
            assertThat(deployed.body()).contains("confine.sliver.set_state=\"deploy\"").contains("occi.compute.state=\"inactive\"");
            assertThat(controller.testbed().get("slivers", id).orElseThrow().path("set_state").asText()).isEqualTo("deploy");
            HttpResponse<String> started = occi.action(path, actions + "sliver/action#start");
            assertThat(started.body()).contains("confine.sliver.set_state=\"start\"").contains("occi.compute.state=\"active\"");
            assertThat(controller.testbed().get("slivers", id).orElseThrow().path("set_state").asText()).isEqualTo("start");

            assertThat(occi.delete(path).statusCode()).isEqualTo(200);
            assertThat(controller.testbed().get("slivers", id)).isEmpty();
        } finally {
            controller.testbed().delete("slivers", id);
        }
    }

    @Test
    @WithFactoryConfiguration(factoryPid = "confine.occi.testbed", name = "lab", location = "?",
            properties = @Property(key = "name", value = "lab"))
    void aSecondTestbedIsServedBesideTheFirst() throws Exception {
        occi.awaitCategory("node", "http://occi.platform/confine/lab#", true);
        assertThat(occi.get("/lab/node/1413", Occi.TEXT).body()).contains("Category: node; scheme=\"http://occi.platform/confine/lab#\"");
        assertThat(occi.get("/testbed/node/1413", Occi.TEXT).body()).contains("Category: node; scheme=\"" + SCHEME + "\"");
        // both testbeds' slivers are computes; each testbed's sliver mixin and locations keep them apart
        assertThat(occi.get("/lab/sliver/42", Occi.TEXT).body()).contains("Category: sliver; scheme=\"http://occi.platform/confine/lab#\"")
                .doesNotContain(SCHEME);
        HttpResponse<String> labSlivers = occi.get("/lab/sliver/", Occi.TEXT);
        assertThat(labSlivers.body()).contains("lab/sliver/42").doesNotContain("testbed/sliver/");
        assertThat(occi.get("/compute/", Occi.TEXT).body()).contains("lab/sliver/42").contains("testbed/sliver/42");
    }

    @Test
    void stoppingTheBundleUnderRequestsAnswers503WithARetryHintAndStartingItRestoresTheTestbed() throws Exception {
        Bundle mapping = FrameworkUtil.getBundle(confine.orm.Api.class);
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(2);
        List<Future<?>> load = new ArrayList<>();
        for (String accept : List.of(Occi.TEXT, Occi.JSON)) {
            load.add(clients.submit(() -> {
                while (loading.get()) {
                    statuses.merge(occi.get("/testbed/node/1413", accept).statusCode(), 1, Integer::sum);
                }
                return null;
            }));
        }
        try {
            mapping.stop();
            try {
                occi.awaitCategory("node", SCHEME, false);
                for (String accept : List.of(Occi.TEXT, Occi.JSON)) {
                    HttpResponse<String> away = occi.get("/testbed/node/1413", accept);
                    assertThat(away.statusCode()).as(away.body()).isEqualTo(503);
                    assertThat(away.headers().firstValue("Retry-After")).contains("5");
                    assertThat(away.body()).contains("/testbed/node/").contains("gone away");
                }
                assertThat(occi.action("/testbed/node/1413", "http://occi.platform/confine/testbed/node/action#reboot").statusCode())
                        .isEqualTo(503);
                assertThat(occi.get("/-/", Occi.TEXT).body()).doesNotContain("scheme=\"" + SCHEME + "\"");
            } finally {
                mapping.start();
            }
            occi.awaitCategory("node", SCHEME, true);
            assertThat(occi.await("/testbed/node/1413", Occi.TEXT, r -> r.statusCode() == 200).body()).contains("node-1413");
        } finally {
            loading.set(false);
            for (Future<?> f : load) {
                f.get();
            }
            clients.shutdown();
        }
        // every answer under the stop and start was the node or "away, try again": never a 404 or a failure
        assertThat(statuses.keySet()).as("statuses seen: %s", statuses).isSubsetOf(200, 503).contains(200, 503);
    }

    @Test
    void changingATestbedsConfigurationRepointsItWithoutRestartingTheBundle(@InjectService(timeout = 30_000) ConfigurationAdmin admin)
            throws Exception {
        Bundle mapping = FrameworkUtil.getBundle(confine.orm.Api.class);
        List<BundleEvent> events = new CopyOnWriteArrayList<>();
        BundleListener listener = event -> {
            if (event.getBundle().equals(mapping)) {
                events.add(event);
            }
        };
        context.addBundleListener(listener);
        Configuration config = admin.createFactoryConfiguration("confine.occi.testbed", "?");
        String reboot = "http://occi.platform/confine/swap/node/action#reboot";
        try {
            config.update(new Hashtable<>(Map.of("name", "swap")));
            occi.awaitCategory("node", "http://occi.platform/confine/swap#", true);
            assertThat(occi.await("/swap/node/1413", Occi.TEXT, r -> r.statusCode() == 200).body()).contains("node-1413");
            // a second mapping of the local controller: anonymous loopback requests are its local operator's there too
            assertThat(occi.action("/swap/node/1413", reboot).statusCode()).isEqualTo(200);

            // another controller (none listens there): the same locations now answer from it
            config.update(new Hashtable<>(Map.of("name", "swap", "base.url", "http://127.0.0.1:1/confine/api/")));
            HttpResponse<String> elsewhere = occi.await("/swap/node/1413", Occi.TEXT,
                    r -> r.statusCode() == 503 && r.body().contains("cannot be reached"));
            assertThat(elsewhere.headers().firstValue("Retry-After")).contains("10");

            // the local controller again, with other credentials: the reboot is now allowed
            config.update(new Hashtable<>(Map.of("name", "swap", "username", "vct", ".password", "vct")));
            occi.await("/swap/node/1413", Occi.TEXT, r -> r.statusCode() == 200);
            HttpResponse<String> rebooted = occi.action("/swap/node/1413", reboot);
            assertThat(rebooted.statusCode()).as(rebooted.body()).isEqualTo(200);
        } finally {
            config.delete();
            context.removeBundleListener(listener);
        }
        occi.awaitCategory("node", "http://occi.platform/confine/swap#", false);
        assertThat(events).as("bundle events of confine.orm while re-pointing").isEmpty();
        assertThat(mapping.getState()).isEqualTo(Bundle.ACTIVE);
    }

    @Test
    void anUnreachableControllerIs503WithARetryHint() throws Exception {
        controller.faults().dropNext(40);
        try {
            for (String accept : List.of(Occi.TEXT, Occi.JSON)) {
                HttpResponse<String> down = occi.get("/testbed/node/" + (900_000 + slice + accept.length()), accept);
                assertThat(down.statusCode()).as(down.body()).isEqualTo(503);
                assertThat(down.headers().firstValue("Retry-After")).contains("10");
                assertThat(down.body()).contains("cannot be reached");
            }
        } finally {
            controller.faults().clear();
        }
        assertThat(occi.get("/testbed/node/1413", Occi.TEXT).statusCode()).isEqualTo(200);
    }

    private String controllerUri(String path) {
        return occi.endpoint + "confine/api/" + path;
    }

    private static JsonNode find(JsonNode categories, String scheme, String term) {
        for (JsonNode category : categories) {
            if (category.path("scheme").asText().equals(scheme) && category.path("term").asText().equals(term)) {
                return category;
            }
        }
        throw new AssertionError(scheme + term + " not in " + categories);
    }
}
