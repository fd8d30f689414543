package occi.infrastructure.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import occi.api.Action;
import occi.api.Entity;
import occi.api.backend.KindBackend;
import occi.api.backend.RequestContext;
import occi.infrastructure.Compute;
import occi.infrastructure.StateMachine;
import occi.infrastructure.spi.InfrastructureDriver;
import occi.platform.testing.Endpoint;
import occi.platform.testing.JaxrsResources;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceListener;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.annotation.Property;
import org.osgi.test.common.annotation.config.WithConfiguration;
import org.osgi.test.common.service.ServiceAware;

/**
 * The infrastructure model served by the OCCI server over real HTTP, in text/plain: what
 * a user sees when the container runs with no resource manager but the simulator.
 */
class InfrastructureHttpTest {

    static final String SIMULATOR = "(component.name=occi.infrastructure.simulator)";
    static final String TEXT = "text/plain";
    static final String COMPUTE_CATEGORY = "Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"";
    static final String ACTIONS = "http://schemas.ogf.org/occi/infrastructure/compute/action#";

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    /** Injected only to wait until the model is registered (and so in the server's model) before any request. */
    @InjectService(filter = "(component.name=occi.infrastructure.internal.InfrastructureModelBackend)", timeout = 30_000)
    KindBackend model;

    final HttpClient http = HttpClient.newHttpClient();
    URI base;

    @BeforeEach
    void waitForTheServer() throws Exception {
        base = Endpoint.of(runtime.getServiceReference());
        JaxrsResources.awaitPath(context, runtime.getService(), "{path:.*}");
    }

    @Test
    void aComputeIsCreatedInactiveStartedAndStoppedAndItsActionLinksFollowItsState() throws Exception {
        awaitService(SIMULATOR, true);
        URI vm = create(COMPUTE_CATEGORY + "\nX-OCCI-Attribute: occi.compute.cores=2\n");

        String created = get(vm);
        assertThat(created).contains("occi.compute.state=\"inactive\"").contains("occi.compute.cores=2");
        assertThat(actionLinks(created)).containsExactlyInAnyOrder("start", "save");

        HttpResponse<String> start = action(vm, "start");
        assertThat(start.statusCode()).as(start.body()).isEqualTo(200);
        String started = get(vm);
        assertThat(started).contains("occi.compute.state=\"active\"");
        assertThat(actionLinks(started)).containsExactlyInAnyOrder("stop", "restart", "suspend", "save");

        HttpResponse<String> stop = action(vm, "stop", "X-OCCI-Attribute: method=\"poweroff\"\n");
        assertThat(stop.statusCode()).as(stop.body()).isEqualTo(200);
        assertThat(get(vm)).contains("occi.compute.state=\"inactive\"");
    }

    @Test
    void anInapplicableActionAnswers400AndChangesNothing() throws Exception {
        awaitService(SIMULATOR, true);
        URI vm = create(COMPUTE_CATEGORY + "\n");
        HttpResponse<String> before = send(HttpRequest.newBuilder(vm).header("Accept", TEXT).GET());

        HttpResponse<String> stop = action(vm, "stop");
        assertThat(stop.statusCode()).isEqualTo(400);
        assertThat(stop.body()).contains("stop");

        HttpResponse<String> after = send(HttpRequest.newBuilder(vm).header("Accept", TEXT).GET());
        assertThat(after.body()).isEqualTo(before.body());
        assertThat(after.headers().firstValue("ETag")).isEqualTo(before.headers().firstValue("ETag"));
    }

    @Test
    void theQueryInterfaceListsTheModelTheDraftAliasesAndTheSimulatorsTemplates() throws Exception {
        awaitService(SIMULATOR, true);
        String qi = get(base.resolve("-/"));
        assertThat(qi)
                .contains("compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"")
                .contains("storagelink; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"")
                .contains("ipnetwork; scheme=\"http://schemas.ogf.org/occi/infrastructure/network#\"; class=\"mixin\"")
                .contains("ssh_key; scheme=\"http://schemas.ogf.org/occi/infrastructure/credentials#\"; class=\"mixin\"")
                .contains("ssh_key; scheme=\"http://schemas.ogf.org/occi/credentials#\"; class=\"mixin\"")
                .contains("user_data; scheme=\"http://schemas.ogf.org/occi/compute#\"; class=\"mixin\"")
                .contains("debian; scheme=\"http://occi.platform/infrastructure/simulator/os_tpl#\"; class=\"mixin\"")
                .contains("stop; scheme=\"" + ACTIONS + "\"; class=\"action\"");
    }

    @Test
    void aResourceTemplateFillsTheComputesAttributes() throws Exception {
        awaitService(SIMULATOR, true);
        URI vm = create(COMPUTE_CATEGORY + "\nCategory: small; scheme=\"http://occi.platform/infrastructure/simulator/resource_tpl#\";"
                + " class=\"mixin\"\n");
        assertThat(get(vm)).contains("occi.compute.cores=1").contains("occi.compute.architecture=\"x64\"");
    }

    @Test
    @WithConfiguration(pid = "occi.infrastructure.simulator", properties = @Property(key = "enabled", value = "false",
            type = Property.Type.Scalar, scalar = Property.Scalar.Boolean))
    void withTheSimulatorSwitchedOffCreatingAComputeAnswers503() throws Exception {
        awaitService(SIMULATOR, false);
        // Config Admin applies the switch asynchronously, and a configuration restored by an earlier
        // test may still be arriving: the simulator can come back once before this one settles.
        // Wait, within the deadline, for the settled state; clean up what the race created.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        HttpResponse<String> response;
        while ((response = send(HttpRequest.newBuilder(base.resolve("compute/")).header("Content-Type", TEXT)
                .header("Accept", TEXT).POST(HttpRequest.BodyPublishers.ofString(COMPUTE_CATEGORY + "\n")))).statusCode() == 201
                && System.nanoTime() < deadline) {
            send(HttpRequest.newBuilder(URI.create(response.headers().firstValue("Location").orElseThrow())).DELETE());
            awaitService(SIMULATOR, false);
        }
        assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
        assertThat(get(base.resolve("-/"))).contains("compute; scheme=").doesNotContain("debian; scheme=");
    }

    @Test
    void aDriverRankedAboveTheSimulatorTakesOverComputeAndGivesItBack() throws Exception {
        awaitService(SIMULATOR, true);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put(InfrastructureDriver.DRIVES, new String[] {Compute.TYPE_ID});
        properties.put(Constants.SERVICE_RANKING, 10);
        ServiceRegistration<InfrastructureDriver> registration = context.registerService(InfrastructureDriver.class,
                new LabellingDriver(), properties);
        try {
            URI vm = create(COMPUTE_CATEGORY + "\n");
            assertThat(action(vm, "start").statusCode()).isEqualTo(200);
            assertThat(get(vm)).contains("occi.compute.state=\"active\"").contains("start done by the test driver");
        } finally {
            registration.unregister();
        }
        URI vm = create(COMPUTE_CATEGORY + "\n");
        assertThat(get(vm)).contains("simulated");
    }

    /** A resource manager that moves states like the simulator but says who did it. */
    static final class LabellingDriver implements InfrastructureDriver {
        @Override
        public Entity perform(Action action, StateMachine.Transition transition, Entity entity, Map<String, Object> attributes,
                RequestContext request) {
            return Compute.STATES.withState(entity, transition.to(), action.id().term() + " done by the test driver");
        }
    }

    private URI create(String body) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(base.resolve("compute/")).header("Content-Type", TEXT)
                .header("Accept", TEXT).POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(response.statusCode()).as(response.body()).isIn(200, 201);
        String location = response.headers().firstValue("Location").orElseThrow();
        return base.resolve(location);
    }

    private String get(URI uri) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri).header("Accept", TEXT).GET());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    private HttpResponse<String> action(URI entity, String term) throws Exception {
        return action(entity, term, "");
    }

    private HttpResponse<String> action(URI entity, String term, String attributes) throws Exception {
        String body = "Category: " + term + "; scheme=\"" + ACTIONS + "\"; class=\"action\"\n" + attributes;
        return send(HttpRequest.newBuilder(URI.create(entity + "?action=" + term)).header("Content-Type", TEXT)
                .header("Accept", TEXT).POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The terms of the action links in a text/plain rendering. */
    private static List<String> actionLinks(String rendering) {
        return rendering.lines().filter(l -> l.startsWith("Link:") && l.contains("?action="))
                .map(l -> l.substring(l.indexOf("?action=") + 8, l.indexOf('>'))).toList();
    }

    /** Waits until a service matching the filter is (or is no longer) registered; configuration changes act asynchronously. */
    private void awaitService(String filter, boolean present) throws InterruptedException, InvalidSyntaxException {
        Semaphore changed = new Semaphore(0);
        ServiceListener listener = event -> changed.release();
        context.addServiceListener(listener, filter);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while ((context.getServiceReferences((String) null, filter) != null) != present) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || !changed.tryAcquire(left, TimeUnit.NANOSECONDS)) {
                    throw new AssertionError("no service " + filter + (present ? " appeared" : " went away") + " within 30 s");
                }
            }
        } finally {
            context.removeServiceListener(listener);
        }
    }
}
