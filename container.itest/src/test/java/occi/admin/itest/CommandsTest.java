package occi.admin.itest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import occi.platform.testing.Endpoint;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/** The occi: commands in a Gogo session, as an administrator types them at the container's prompt. */
class CommandsTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    CommandProcessor processor;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private CommandSession session;
    private Console console;

    @BeforeEach
    void openSession() throws Exception {
        console = new Console(Endpoint.of(runtime.getServiceReference()), context);
        Console.until("the OCCI query interface answers", () -> console.occi("GET", "-/", null, "text/plain").statusCode() == 200);
        Console.until("the occi: commands are registered",
                () -> context.getServiceReferences((String) null, "(osgi.command.scope=occi)") != null);
        PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
        session = processor.createSession(new ByteArrayInputStream(new byte[0]), out, out);
    }

    @AfterEach
    void closeSession() {
        session.close();
    }

    private String run(String command) throws Exception {
        return String.valueOf(session.execute(command));
    }

    @Test
    void createsListsShowsTriggersAndDeletes() throws Exception {
        String location = run("occi:create compute occi.core.title=\"from the shell\" occi.compute.cores=2");
        String path = java.net.URI.create(location).getPath();
        assertThat(console.occi("GET", path.substring(1), null, "text/plain").body()).contains("occi.compute.cores=2");

        assertThat(run("occi:ls compute")).contains(path + "  compute").containsPattern("\\d+ entit");
        assertThat(run("occi:show " + path)).contains("X-OCCI-Attribute: occi.core.title=\"from the shell\"");
        // by term: the 'start' the entity offers, although CONFINE slices and slivers define a 'start' too
        assertThat(run("occi:do start " + path)).startsWith("Triggered start on " + path);
        assertThat(console.occi("GET", path.substring(1), null, "text/plain").body()).contains("occi.compute.state=\"active\"");
        // by type identifier
        assertThat(run("occi:do http://schemas.ogf.org/occi/infrastructure/compute/action#stop " + path))
                .startsWith("Triggered stop on " + path);
        assertThat(console.occi("GET", path.substring(1), null, "text/plain").body()).contains("occi.compute.state=\"inactive\"");

        assertThat(run("occi:rm " + path)).isEqualTo("Deleted " + path);
        assertThat(console.occi("GET", path.substring(1), null, "text/plain").statusCode()).isEqualTo(404);
        assertThatThrownBy(() -> run("occi:rm " + path)).hasMessageContaining("404");
    }

    @Test
    void listsCategoriesInAlignedColumnsWithTheirBundles() throws Exception {
        List<String> lines = run("occi:categories kind").lines().toList();
        String header = lines.get(0);
        assertThat(header).startsWith("CLASS").contains("TERM", "SCHEME", "LOCATION", "DEFINED BY");
        String compute = lines.stream().filter(l -> l.contains(" compute ")).findFirst().orElseThrow();
        assertThat(compute.indexOf("/compute/")).isEqualTo(header.indexOf("LOCATION"));
        assertThat(compute.indexOf("occi.infrastructure")).isEqualTo(header.indexOf("DEFINED BY"));
        assertThat(lines).noneMatch(l -> l.startsWith("mixin") || l.startsWith("action"));
    }

    @Test
    void saysWhichBundleServesAMediaTypeOrACategory() throws Exception {
        assertThat(run("occi:serves text/html")).contains("text/html", "Rendering (produces)", "occi.rendering");
        assertThat(run("occi:serves compute")).contains("KindBackend", "occi.infrastructure");
        assertThat(run("occi:serves text/x-nothing")).isEqualTo("Nothing serves text/x-nothing");
        assertThat(run("occi:renderings")).contains("application/occi+json").contains("consumes");
        assertThat(run("occi:registries")).contains("JdbcRegistryComponent", "InMemoryRegistry", "occi.server");
    }

    @Test
    void hasHelpForEveryCommand() throws Exception {
        // gogo.command's help prints to the session's output or returns the text, depending on the command
        Object returned = session.execute("help occi:ls | tac");
        System.out.flush();
        assertThat(output.toString(StandardCharsets.UTF_8) + returned)
                .contains("list the entities of a kind or mixin", "list every resource and link");
    }
}
