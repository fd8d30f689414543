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

    @Test
    void connectWithNoUrlReachesTheContainersOwnController() throws Exception {
        assertThat(gogo("confine:connect")).contains("Connected to " + base).contains("nodes");
        assertThat(gogo("confine:connect\nconfine:show nodes/1413/")).contains("\"name\": \"node-1413\"");
        assertThat(gogo("confine:connect\nconfine:show nodes")).contains("[\n    {\n        \"id\": 1413,")
                .contains("\"uri\": \"" + base + "nodes/1413/\"");
        assertThat(gogo("confine:connect\nconfine:login vct vct\nconfine:do reboot nodes/1413/"))
                .contains("Node instructed to reboot");
    }

    @Test
    void showAndDoPrintJsonAlike() throws Exception {
        String show = gogo("confine:connect\nconfine:show nodes/1413/");
        String done = gogo("confine:connect\nconfine:login vct vct\nconfine:do reboot nodes/1413/");
        assertThat(show).contains("{\n    \"").doesNotContain("\" : ");
        assertThat(done).contains("{\n    \"").doesNotContain("\" : ");
    }

    @Test
    void errorsShowTheControllersMessageOnly() throws Exception {
        String out = gogo("confine:connect\nconfine:do reboot nodes/1413/");
        assertThat(out).contains("confine.orm.ResponseStatusException: " + base + "nodes/1413/ctl/reboot/ 403 FORBIDDEN")
                .contains("Authentication credentials were not provided.")
                .doesNotContain("CompletionException").doesNotContain("ExecutionException");
    }

    @Test
    void helpDescribesEachCommand() throws Exception {
        assertThat(gogo("help confine")).contains("the CONFINE client's commands").contains("upload <action> <uri> <file>");
        assertThat(gogo("help confine:show")).contains("show a resource (by URI) or a collection (by name) as JSON")
                .contains("nodes/1413/");
        assertThat(gogo("help confine:connect")).contains("the container's own at /confine/api/")
                .contains("the API base URL");
        // Gogo's help finds a command by its method's name, and "do" cannot be one in Java (_do): the overview covers it
        assertThat(gogo("help confine")).contains("do <action> <uri> [json]");
        String overview = gogo("confine");
        for (String command : java.util.List.of("connect", "login", "logout", "ls", "show", "do", "set", "rm", "upload")) {
            assertThat(overview).contains("confine:" + command + " ");
        }
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
