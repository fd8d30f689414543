package occi.server.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import occi.api.OcciException;
import occi.api.backend.Registry;
import occi.platform.testing.BundleEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/** Backends, registries and bundles coming and going while the server runs. */
class WhiteboardTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @TempDir
    Path temp;

    private ServerFixture server;
    private OcciClient occi;

    @BeforeEach
    void start() throws Exception {
        server = new ServerFixture(context, runtime);
        occi = server.client;
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String category(String scheme, String term) {
        return "Category: " + term + "; scheme=\"" + scheme + "\"; class=\"kind\"\n";
    }

    @Test
    void aBackendsKindsAppearAndDisappearWithItsServiceAndItsEntitiesWait() throws Exception {
        String scheme = "http://example.org/itest/coming#";
        Samples.MachineBackend backend = new Samples.MachineBackend(scheme, "comer");
        assertThat(occi.get("/-/").body()).doesNotContain(scheme);

        ServiceRegistration<?> registration = server.register(backend);
        assertThat(occi.get("/-/").body()).contains("Category: comer; scheme=\"" + scheme + "\"", "Category: reboot; scheme=\"" + scheme + "\"");
        String vm = occi.create("/comer/", category(scheme, "comer"));

        server.unregister(registration);
        assertThat(occi.get("/-/").body()).doesNotContain(scheme).contains("Category: entity;");
        HttpResponse<String> waiting = occi.get(vm);
        assertThat(waiting.statusCode()).isEqualTo(503);

        server.register(backend);
        assertThat(occi.get(vm).statusCode()).isEqualTo(200);
        assertThat(occi.send("DELETE", vm, null).statusCode()).isEqualTo(200);
    }

    @Test
    void aBackendBundleInstalledAndUninstalledBringsAndTakesItsKinds() throws Exception {
        String name = "occi.itest.deployed." + UUID.randomUUID().toString().replace("-", "");
        Path jar = BackendBundle.write(temp.resolve(name + ".jar"), name);

        Bundle bundle = context.installBundle(jar.toUri().toString());
        bundle.start();
        Await.until("the deployed kind is in the query interface", () -> occi.get("/-/").body().contains("http://example.org/deployed#"));
        assertThat(occi.get("/-/").body()).contains("Category: gadget; scheme=\"http://example.org/deployed#\"; class=\"kind\"");
        String gadget = occi.create("/gadget/", category("http://example.org/deployed#", "gadget"));
        assertThat(occi.get(gadget).statusCode()).isEqualTo(200);

        bundle.uninstall();
        BundleEvents.awaitUninstalled(context, name);
        Await.until("the deployed kind has left the query interface", () -> !occi.get("/-/").body().contains("http://example.org/deployed#"));
        assertThat(occi.get(gadget).statusCode()).isEqualTo(503);
    }

    @Test
    void aVetoIsAnsweredWithItsStatusAndLeavesNothingBehind() throws Exception {
        String scheme = "http://example.org/itest/veto#";
        Samples.MachineBackend backend = new Samples.MachineBackend(scheme, "vetoed");
        backend.createVeto = OcciException.conflict("no capacity left");
        server.register(backend);

        HttpResponse<String> refused = occi.sendPlain("POST", "/vetoed/", category(scheme, "vetoed") + "X-OCCI-Attribute: itest.size=2\n");

        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(refused.body()).contains("no capacity left");
        assertThat(OcciClient.locations(occi.get("/vetoed/"))).isEmpty();
        assertThat(OcciClient.locations(occi.get("/"))).noneMatch(l -> l.contains("/vetoed/"));
        HttpResponse<String> atPath = occi.sendPlain("PUT", "/vetoed/here", category(scheme, "vetoed"));
        assertThat(atPath.statusCode()).isEqualTo(409);
        assertThat(occi.get("/vetoed/here").statusCode()).isEqualTo(404);
    }

    @Test
    void aSecondRegistryReplacesTheDefaultAndTheDefaultComesBackWhenItLeaves() throws Exception {
        String before = occi.create("/resource/", category("http://schemas.ogf.org/occi/core#", "resource"));
        MapRegistry replacement = new MapRegistry();
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(Constants.SERVICE_RANKING, 10_000); // above every registry the container ships (JDBC: 100)
        ServiceRegistration<Registry> registration = context.registerService(Registry.class, replacement, properties);
        try {
            assertThat(occi.get(before).statusCode()).isEqualTo(404);
            String during = occi.create("/resource/", category("http://schemas.ogf.org/occi/core#", "resource"));
            assertThat(replacement.entities).containsKey(during.substring(during.indexOf("/resource/")));
            // the container also serves the CONFINE testbed (sub-kinds of core#resource): only those below /resource/ are this test's
            assertThat(OcciClient.locations(occi.get("/resource/"))).filteredOn(l -> l.contains("/resource/")).containsExactly(during);
        } finally {
            registration.unregister();
        }
        assertThat(occi.get(before).statusCode()).isEqualTo(200);
        assertThat(occi.send("DELETE", before, null).statusCode()).isEqualTo(200);
    }

    @Test
    void concurrentCreatesLoseAndDuplicateNothing() throws Exception {
        String scheme = "http://example.org/itest/crowd#";
        server.register(new Samples.MachineBackend(scheme, "crowd"));
        int threads = 8;
        int each = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> results = new ArrayList<>();
        try {
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    List<String> created = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                        created.add(occi.create("/crowd/", category(scheme, "crowd") + "X-OCCI-Attribute: itest.size=" + (i + 1) + "\n"));
                    }
                    return created;
                }));
            }
            Set<String> locations = new HashSet<>();
            for (Future<List<String>> result : results) {
                locations.addAll(result.get(120, TimeUnit.SECONDS));
            }
            assertThat(locations).hasSize(threads * each);
            List<String> listed = OcciClient.locations(occi.get("/crowd/"));
            assertThat(listed).hasSize(threads * each).doesNotHaveDuplicates();
            assertThat(new HashSet<>(listed)).isEqualTo(locations);
        } finally {
            pool.shutdownNow();
            occi.send("DELETE", "/crowd/", null);
        }
    }
}
