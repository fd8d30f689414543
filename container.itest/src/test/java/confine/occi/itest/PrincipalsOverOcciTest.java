package confine.occi.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.concurrent.TimeUnit;
import occi.api.backend.ActionBackend;
import occi.platform.testing.ConfigurationEvents;
import occi.platform.testing.Endpoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.util.tracker.ServiceTracker;

/**
 * OCCI users acting on the controller as CONFINE users: {@code alice} is mapped to the
 * controller's node admin {@code vct}, {@code bob} is an OCCI user without a mapping and so
 * acts with the testbed's default identity (anonymous here). Driven only through OCCI over
 * HTTP, authenticated with HTTP Basic by occi.security.
 */
class PrincipalsOverOcciTest {

    static final String REBOOT = "http://occi.platform/confine/testbed/node/action#reboot";
    static final String USER_PID = "occi.security.user";

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @InjectService(timeout = 30_000)
    ConfigurationAdmin admin;

    Occi anonymous;
    Occi alice;
    Occi bob;
    List<Configuration> made = new java.util.ArrayList<>();

    @BeforeEach
    void usersAndTheirMapping() throws Exception {
        anonymous = new Occi(context, Endpoint.of(runtime.getServiceReference()));
        alice = anonymous.as("alice", "alice-secret");
        bob = anonymous.as("bob", "bob-secret");
        user("alice", "alice-secret");
        user("bob", "bob-secret");

        Configuration testbed = admin.getConfiguration(TestbedOverOcciTest.LOCAL_PID, "?");
        made.add(testbed);
        Dictionary<String, Object> properties = new Hashtable<>();
        properties.put("principal.map", new String[] {"alice=vct"});
        properties.put(".principal.passwords", new String[] {"alice=vct"});
        testbed.update(properties);
        awaitBackendWith("(principal.map=alice=vct)");
        anonymous.awaitCategory("node", TestbedOverOcciTest.SCHEME, true);
        alice.await("/testbed/node/1413", Occi.TEXT, r -> r.statusCode() == 200);
    }

    @AfterEach
    void removeThem() throws Exception {
        for (Configuration configuration : made) {
            configuration.delete();
        }
        awaitBackendWithout("(principal.map=*)");
    }

    @Test
    void aMappedUserRebootsANodeAsItsConfineUserAndAnUnmappedOneIsRefusedWithTheControllersMessage() throws Exception {
        HttpResponse<String> refused = bob.action("/testbed/node/1413", REBOOT);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(refused.body()).contains("Authentication credentials were not provided");

        HttpResponse<String> rebooted = alice.action("/testbed/node/1413", REBOOT);
        assertThat(rebooted.statusCode()).as(rebooted.body()).isEqualTo(200);
        assertThat(rebooted.body()).contains("Category: node; scheme=\"" + TestbedOverOcciTest.SCHEME + "\"");

        HttpResponse<String> refusedJson = bob.actionJson("/testbed/node/1413", REBOOT);
        assertThat(refusedJson.statusCode()).as(refusedJson.body()).isEqualTo(403);
        assertThat(refusedJson.headers().firstValue("Content-Type").orElse("")).startsWith(Occi.JSON);
        assertThat(refusedJson.body()).contains("Authentication credentials were not provided");

        HttpResponse<String> rebootedJson = alice.actionJson("/testbed/node/1413", REBOOT);
        assertThat(rebootedJson.statusCode()).as(rebootedJson.body()).isEqualTo(200);
        assertThat(TestbedOverOcciTest.MAPPER.readTree(rebootedJson.body()).path("kind").asText())
                .isEqualTo(TestbedOverOcciTest.SCHEME + "node");

        // alice's session did not become everyone's: bob, authenticated but unmapped, is still refused, and so is an
        // anonymous request that a proxy forwarded (anonymous requests from this host are the local operator's)
        assertThat(bob.action("/testbed/node/1413", REBOOT).statusCode()).isEqualTo(403);
        // (occi.security asks the forwarded one for credentials: 401 before the testbed is reached)
        assertThat(anonymous.withHeader("Forwarded", "for=203.0.113.7").action("/testbed/node/1413", REBOOT).statusCode()).isEqualTo(401);
    }

    @Test
    void theMappingsSecretsAreNotServiceProperties() throws Exception {
        var references = context.getServiceReferences(ActionBackend.class, "(principal.map=alice=vct)");
        assertThat(references).hasSize(1);
        var reference = references.iterator().next();
        assertThat(reference.getPropertyKeys()).contains("principal.map").doesNotContain(".principal.passwords")
                .noneMatch(key -> key.startsWith("."));
    }

    private void user(String name, String password) throws Exception {
        Configuration user = admin.getFactoryConfiguration(USER_PID, name, "?");
        made.add(user);
        Dictionary<String, Object> account = new Hashtable<>();
        account.put("name", name);
        account.put("password", password);
        ConfigurationEvents.awaitUpdate(context, admin, user.getPid(), () -> user.update(account),
                stored -> String.valueOf(stored.get("password")).startsWith("pbkdf2-sha256:"));
    }

    private void awaitBackendWith(String filter) throws Exception {
        Filter f = context.createFilter("(&(objectClass=" + ActionBackend.class.getName() + ")" + filter + ")");
        ServiceTracker<?, ?> tracker = new ServiceTracker<>(context, f, null);
        tracker.open();
        try {
            assertThat(tracker.waitForService(TimeUnit.SECONDS.toMillis(30))).as("a backend with %s", filter).isNotNull();
        } finally {
            tracker.close();
        }
    }

    private void awaitBackendWithout(String filter) throws Exception {
        // the local testbed's backend again without the mapping: the default configuration is back
        Filter f = context.createFilter("(&(objectClass=" + ActionBackend.class.getName() + ")(component.name=*Local)(!" + filter + "))");
        ServiceTracker<?, ?> tracker = new ServiceTracker<>(context, f, null);
        tracker.open();
        try {
            assertThat(tracker.waitForService(TimeUnit.SECONDS.toMillis(30))).as("the local backend without %s", filter).isNotNull();
        } finally {
            tracker.close();
        }
    }
}
