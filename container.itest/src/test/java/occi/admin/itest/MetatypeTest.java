package occi.admin.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import occi.platform.testing.Endpoint;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.metatype.AttributeDefinition;
import org.osgi.service.metatype.MetaTypeInformation;
import org.osgi.service.metatype.MetaTypeService;
import org.osgi.service.metatype.ObjectClassDefinition;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/**
 * Every component's configuration can be edited in the console's Configuration page: each
 * PID (or factory PID) has a Metatype description with a name and a description for every
 * attribute, and the console lists it.
 */
class MetatypeTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    MetaTypeService metatype;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @ParameterizedTest
    @ValueSource(strings = {
        "occi.server",                             // base path, CORS, page sizes, limits
        "occi.security", "occi.security.user",     // authentication mode; users (factory)
        "occi.rendering.json", "occi.rendering.html",
        "occi.rendering.text.TextPlainRendering", "occi.rendering.text.TextOcciRendering",
        "occi.rendering.text.UriListRendering",
        "occi.infrastructure.simulator",
        "confine.orm.api",                         // client sessions (factory)
        "confine.occi.local", "confine.occi.testbed", // the CONFINE testbeds served over OCCI (local; factory)
        "confine.controller",
        "occi.registry.memory", "occi.registry.jdbc",
        "occi.platform.folders",
        "occi.admin",
        "platform.shell.ssh" })                    // the Gogo shell over SSH (off by default)
    void isDescribedByMetatypeAndListedInTheConsole(String pid) throws Exception {
        ObjectClassDefinition definition = definitions().get(pid);
        assertThat(definition).as("a Metatype description of %s", pid).isNotNull();
        assertThat(definition.getName()).isNotBlank();
        AttributeDefinition[] attributes = definition.getAttributeDefinitions(ObjectClassDefinition.ALL);
        assertThat(attributes).as("the attributes of %s", pid).isNotEmpty();
        for (AttributeDefinition attribute : attributes) {
            assertThat(attribute.getName()).as("the name of %s in %s", attribute.getID(), pid).isNotBlank();
            assertThat(attribute.getDescription()).as("the description of %s in %s", attribute.getID(), pid).isNotBlank();
        }

        Console console = new Console(Endpoint.of(runtime.getServiceReference()), context);
        HttpResponse<String>[] page = new HttpResponse[1];
        Console.until("the console's configuration page", () -> (page[0] = console.send(
                console.authenticated(console.base.resolve("system/console/configMgr")))).statusCode() == 200);
        assertThat(page[0].body()).as("the configuration page lists %s", pid).contains("\"" + pid + "\"");
    }

    /** Every Metatype description in the framework, by PID and factory PID. */
    private Map<String, ObjectClassDefinition> definitions() {
        Map<String, ObjectClassDefinition> byPid = new HashMap<>();
        for (Bundle bundle : context.getBundles()) {
            MetaTypeInformation information = metatype.getMetaTypeInformation(bundle);
            if (information == null) {
                continue;
            }
            for (String pid : information.getPids()) {
                byPid.put(pid, information.getObjectClassDefinition(pid, null));
            }
            for (String factoryPid : information.getFactoryPids()) {
                byPid.put(factoryPid, information.getObjectClassDefinition(factoryPid, null));
            }
        }
        return byPid;
    }
}
