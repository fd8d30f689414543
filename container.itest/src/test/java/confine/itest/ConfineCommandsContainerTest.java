package confine.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import occi.platform.testing.Endpoint;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;
import org.osgi.util.tracker.ServiceTracker;

/**
 * The client's {@code confine:} commands typed into the container's Gogo shell, against the
 * local controller the container serves. Gogo is reached by its service's class name and
 * reflection, so this test bundle needs no Gogo import of its own.
 */
class ConfineCommandsContainerTest {

    static final String PROCESSOR = "org.apache.felix.service.command.CommandProcessor";

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    URI base;

    @BeforeEach
    void awaitController() throws Exception {
        base = Endpoint.of(runtime.getServiceReference()).resolve("confine/api/");
        Served.await(context, HttpClient.newHttpClient(), base);
        ServiceTracker<Object, Object> commands = new ServiceTracker<>(context,
                context.createFilter("(osgi.command.scope=confine)"), null);
        commands.open(true);
        try {
            assertThat(commands.waitForService(30_000)).as("the confine: commands").isNotNull();
        } finally {
            commands.close();
        }
    }

    @Test
    void theSeedsWorkFromTheShell() throws Exception {
        String connected = gogo("confine:connect " + base);
        assertThat(connected).contains("Connected to " + base).contains("nodes").contains("get_auth_token");
        assertThat(gogo("confine:connect " + base + "\nconfine:ls nodes group__name=vct"))
                .contains(base + "nodes/1413/  node-1413");
        assertThat(gogo("confine:connect " + base + "\nconfine:show " + base + "nodes/1413/"))
                .contains("\"name\": \"node-1413\"");
        assertThat(gogo("confine:connect " + base + "\nconfine:do reboot " + base + "nodes/1413/"))
                .contains("403 FORBIDDEN (!= 200, 201, 202) Authentication credentials were not provided.");
        assertThat(gogo("confine:connect " + base + "\nconfine:login vct vct\nconfine:do reboot " + base + "nodes/1413/"))
                .contains("Node instructed to reboot");
    }

    /** Runs the lines in a new Gogo session; answers what they printed, results and errors included. */
    private String gogo(String script) throws Exception {
        ServiceReference<?> ref = context.getServiceReference(PROCESSOR);
        assertThat(ref).as("Gogo's CommandProcessor").isNotNull();
        Object processor = context.getService(ref);
        try {
            Class<?> type = interfaceNamed(processor.getClass(), PROCESSOR);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
            Object session = type.getMethod("createSession", InputStream.class, OutputStream.class, OutputStream.class)
                    .invoke(processor, new ByteArrayInputStream(new byte[0]), out, out);
            Class<?> sessionType = interfaceNamed(session.getClass(), "org.apache.felix.service.command.CommandSession");
            Method execute = sessionType.getMethod("execute", CharSequence.class);
            Method format = sessionType.getMethod("format", Object.class, int.class);
            try {
                for (String line : script.split("\n")) {
                    try {
                        Object result = execute.invoke(session, line);
                        if (result != null) {
                            out.println(format.invoke(session, result, 0));
                        }
                    } catch (java.lang.reflect.InvocationTargetException e) {
                        out.println(e.getCause());
                    }
                }
            } finally {
                sessionType.getMethod("close").invoke(session);
            }
            return bytes.toString(StandardCharsets.UTF_8);
        } finally {
            context.ungetService(ref);
        }
    }

    private static Class<?> interfaceNamed(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(name)) {
                    return i;
                }
            }
        }
        throw new AssertionError(type + " does not implement " + name);
    }
}
