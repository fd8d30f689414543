package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import occi.platform.testing.BundleEvents;
import occi.platform.testing.Endpoint;
import occi.platform.testing.Multipart;
import occi.platform.testing.TestBundles;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.test.common.annotation.InjectBundleContext;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.common.service.ServiceAware;

/** The three ways a user installs a bundle into the running container, each end to end. */
class InstallBundleTest {

    @InjectBundleContext
    BundleContext context;

    @InjectService(timeout = 30_000)
    ServiceAware<JaxrsServiceRuntime> runtime;

    @InjectService(timeout = 30_000)
    CommandProcessor gogo;

    @TempDir
    Path temp;

    static String uniqueName(String way) {
        return "test." + way + "." + UUID.randomUUID().toString().replace("-", "");
    }

    @Test
    void aBundleDroppedIntoTheDeployFolderStartsAndLeavesWhenRemoved() throws Exception {
        String name = uniqueName("deploy");
        Path deploy = Path.of(context.getProperty("felix.fileinstall.dir"));
        Path built = TestBundles.write(temp.resolve(name + ".jar"), name);
        Path dropped = deploy.resolve(name + ".jar");

        // Written elsewhere, then moved in, as a user copies a finished file.
        Files.move(built, dropped);
        Bundle bundle = BundleEvents.awaitActive(context, name);
        assertThat(bundle.getLocation()).contains(name + ".jar");

        Files.delete(dropped);
        BundleEvents.awaitUninstalled(context, name);
        assertThat(BundleEvents.find(context, name)).isEmpty();
    }

    @Test
    void aBundleUploadedThroughTheWebConsoleStartsAndCanBeUninstalledThere() throws Exception {
        String name = uniqueName("console");
        Path jar = TestBundles.write(temp.resolve(name + ".jar"), name);
        URI base = Endpoint.of(runtime.getServiceReference());
        HttpClient http = HttpClient.newHttpClient();

        Multipart form = new Multipart().field("action", "install").field("bundlestart", "start").file("bundlefile", jar);
        HttpResponse<String> installed = http.send(HttpRequest.newBuilder(base.resolve("system/console/bundles"))
                .header("Authorization", ContainerHttpTest.CONSOLE_AUTH)
                .header("Content-Type", form.contentType())
                .POST(form.publisher()).build(), HttpResponse.BodyHandlers.ofString());

        // The console answers its form with a redirect back to the bundle list.
        assertThat(installed.statusCode()).isEqualTo(302);
        Bundle bundle = BundleEvents.awaitActive(context, name);

        HttpResponse<String> uninstalled = http.send(HttpRequest.newBuilder(base.resolve("system/console/bundles/" + bundle.getBundleId()))
                .header("Authorization", ContainerHttpTest.CONSOLE_AUTH)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("action=uninstall")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(uninstalled.statusCode()).isEqualTo(200);
        BundleEvents.awaitUninstalled(context, name);
    }

    @Test
    void aBundleInstalledFromTheGogoShellStartsAndUninstalls() throws Exception {
        String name = uniqueName("gogo");
        Path jar = TestBundles.write(temp.resolve(name + ".jar"), name);
        ByteArrayOutputStream output = new ByteArrayOutputStream();

        try (PrintStream out = new PrintStream(output, true)) {
            CommandSession session = gogo.createSession(System.in, out, out);
            Object reply = session.execute("install " + jar.toUri());
            Bundle bundle = BundleEvents.find(context, name).orElseThrow();
            assertThat(String.valueOf(reply)).contains(String.valueOf(bundle.getBundleId()));
            session.execute("start " + bundle.getBundleId());
            assertThat(BundleEvents.awaitActive(context, name).getBundleId()).isEqualTo(bundle.getBundleId());

            session.execute("uninstall " + bundle.getBundleId());
            BundleEvents.awaitUninstalled(context, name);
            session.close();
        }
    }
}
