package confine.occi.itest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.controller.ConfineController;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.LockSupport;
import occi.api.backend.ActionBackend;
import occi.api.progress.OperationStatus;
import occi.api.progress.OperationTracker;
import occi.platform.testing.Endpoint;
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
import org.osgi.util.tracker.ServiceTracker;

/**
 * An action on a whole OCCI collection of CONFINE slivers: every member changes at the
 * controller, and the controller sees the requests arrive together (it holds them until all
 * are in at once, which a client sending them one by one never achieves).
 */
class CollectionActionsOverOcciTest {

    static final int SLIVERS = 3;

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @InjectService(timeout = 30_000)
    ConfigurationAdmin admin;

    @InjectService(filter = "(" + ConfineController.BASE_PROPERTY + "=/confine/api/)", timeout = 30_000)
    ConfineController controller;

    Occi occi;
    Configuration testbed;
    String tag;
    final List<Long> slices = new ArrayList<>();
    final List<Long> slivers = new ArrayList<>();

    @BeforeEach
    void slicesWithASliverEachAndCredentials() throws Exception {
        occi = new Occi(context, Endpoint.of(runtime.getServiceReference()));
        testbed = admin.getConfiguration(TestbedOverOcciTest.LOCAL_PID, "?");
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("username", "vct");
        properties.put(".password", "vct");
        testbed.update(properties);
        awaitBackend("(username=vct)");
        occi.awaitCategory("sliver", TestbedOverOcciTest.SCHEME, true);

        tag = "batch-" + System.nanoTime();
        String base = occi.endpoint + "confine/api/";
        for (int i = 0; i < SLIVERS; i++) {
            long slice = controller.testbed().create("slices", (ObjectNode) TestbedOverOcciTest.MAPPER.readTree("{\"name\": \"" + tag + "-" + i
                    + "\", \"group\": {\"uri\": \"" + base + "groups/2/\"}, \"template\": {\"uri\": \"" + base + "templates/1/\"}}")).path("id").asLong();
            slices.add(slice);
            slivers.add(controller.testbed().create("slivers", (ObjectNode) TestbedOverOcciTest.MAPPER.readTree("{\"slice\": {\"uri\": \"" + base
                    + "slices/" + slice + "/\"}, \"node\": {\"uri\": \"" + base + "nodes/1413/\"}, \"description\": \"" + tag + "\"}"))
                    .path("id").asLong());
        }
    }

    @AfterEach
    void removeThem() throws Exception {
        controller.faults().clear();
        slivers.forEach(id -> controller.testbed().delete("slivers", id));
        slices.forEach(id -> controller.testbed().delete("slices", id));
        testbed.delete();
    }

    @Test
    void anActionOnEverySliverOfACollectionChangesEachAtTheControllerWithTheRequestsInFlightTogether() throws Exception {
        String path = "/testbed/sliver/?q=" + tag;
        HttpResponse<String> listed = occi.await(path, Occi.TEXT, r -> r.body().lines().filter(l -> l.contains("/testbed/sliver/")).count() == SLIVERS);
        assertThat(listed.statusCode()).isEqualTo(200);
        slivers.forEach(id -> assertThat(controller.testbed().get("slivers", id).orElseThrow().path("set_state").isNull()).isTrue());

        // each sliver's state change is one PATCH: held until all three are in the controller at once
        controller.faults().gather("PATCH", SLIVERS, Duration.ofSeconds(20));
        HttpResponse<String> done = occi.post("/testbed/sliver/?action=register&q=" + tag, Occi.TEXT,
                "Category: register; scheme=\"http://occi.platform/confine/testbed/sliver/action#\"; class=\"action\"\n");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        assertThat(controller.faults().peakConcurrent("PATCH")).as("PATCH requests in the controller at once").isEqualTo(SLIVERS);
        for (long id : slivers) {
            assertThat(controller.testbed().get("slivers", id).orElseThrow().path("set_state").asText()).as("sliver %s", id).isEqualTo("register");
        }
        assertThat(occi.get("/testbed/sliver/" + slivers.get(0), Occi.TEXT).body()).contains("confine.sliver.set_state=\"register\"");
    }

    @Test
    void whenSomeMembersFailTheOthersHaveChangedAndTheMessageNamesBoth() throws Exception {
        // the second slice cannot go beyond register: its sliver's deploy is refused, the others' is done
        for (long slice : List.of(slices.get(0), slices.get(2))) {
            controller.testbed().update("slices", slice, s -> s.put("set_state", "deploy"));
        }
        occi.await("/testbed/sliver/?q=" + tag, Occi.TEXT, r -> r.body().lines().filter(l -> l.contains("/testbed/sliver/")).count() == SLIVERS);
        HttpResponse<String> partly = occi.post("/testbed/sliver/?action=deploy&q=" + tag, Occi.JSON,
                "{\"action\": \"http://occi.platform/confine/testbed/sliver/action#deploy\"}");
        assertThat(partly.statusCode()).as(partly.body()).isEqualTo(400);
        assertThat(partly.body()).contains("failed on 1 of 3").contains("/testbed/sliver/" + slivers.get(1))
                .contains("/testbed/sliver/" + slivers.get(0)).contains("/testbed/sliver/" + slivers.get(2))
                .contains("beyond its slice");
        assertThat(controller.testbed().get("slivers", slivers.get(0)).orElseThrow().path("set_state").asText()).isEqualTo("deploy");
        assertThat(controller.testbed().get("slivers", slivers.get(2)).orElseThrow().path("set_state").asText()).isEqualTo("deploy");
        assertThat(controller.testbed().get("slivers", slivers.get(1)).orElseThrow().path("set_state").isNull()).isTrue();
    }

    /**
     * A bulk CONFINE update is a tracked operation that advances member by member: one request
     * at a time to a slow controller, so the tracker shows it part done while it runs.
     */
    @Test
    void aBulkUpdateShowsItsProgressWhileRunning(@InjectService(timeout = 30_000) OperationTracker tracker) throws Exception {
        Dictionary<String, Object> properties = testbed.getProperties();
        properties.put("max.in.flight", 1);
        testbed.update(properties);
        awaitBackend("(max.in.flight=1)");
        occi.await("/testbed/sliver/?q=" + tag, Occi.TEXT, r -> r.body().lines().filter(l -> l.contains("/testbed/sliver/")).count() == SLIVERS);
        controller.faults().latency(Duration.ofMillis(400));
        String title = "register on /testbed/sliver/ (" + SLIVERS + " members)";
        CompletableFuture<HttpResponse<String>> done = CompletableFuture.supplyAsync(() -> {
            try {
                return occi.post("/testbed/sliver/?action=register&q=" + tag, Occi.TEXT,
                        "Category: register; scheme=\"http://occi.platform/confine/testbed/sliver/action#\"; class=\"action\"\n");
            } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
            }
        });
        List<Long> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!done.isDone() && System.nanoTime() < deadline) {
            tracker.running().stream().filter(o -> o.title().equals(title)).forEach(o -> {
                assertThat(o.total()).isEqualTo(SLIVERS);
                if (seen.isEmpty() || seen.get(seen.size() - 1) != o.done()) {
                    seen.add(o.done());
                }
            });
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));  // polling a request served on another thread
        }
        controller.faults().latency(Duration.ZERO);
        HttpResponse<String> answer = done.get(60, TimeUnit.SECONDS);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        assertThat(seen).as("members done, as the tracker showed them while running").contains(0L)
                .anySatisfy(n -> assertThat(n).isBetween(1L, (long) SLIVERS - 1));
        OperationStatus finished = tracker.finished().stream().filter(o -> o.title().equals(title)).findFirst().orElseThrow();
        assertThat(finished.done()).isEqualTo(SLIVERS);
        assertThat(finished.failure()).isNull();
    }

    private void awaitBackend(String filter) throws Exception {
        ServiceTracker<?, ?> tracker = new ServiceTracker<>(context,
                context.createFilter("(&(objectClass=" + ActionBackend.class.getName() + ")" + filter + ")"), null);
        tracker.open();
        try {
            assertThat(tracker.waitForService(TimeUnit.SECONDS.toMillis(30))).as("a backend with %s", filter).isNotNull();
        } finally {
            tracker.close();
        }
    }
}
