package occi.conformance;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import occi.platform.testing.LauncherProcess;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * The exported jar ({@code launcher/target/launcher.jar}) as a user starts it, with its default
 * data: the local CONFINE controller seeded and mapped below {@code /testbed/}, the simulated
 * infrastructure. One container serves every test class of this module (it is kept in the root
 * extension store and stopped, {@code stop 0}, when the run ends), so the module starts it once.
 * Test classes get an {@link Occi} client for it as a parameter.
 */
final class ExportedContainer implements ParameterResolver {

    static final Duration DEADLINE = Duration.ofSeconds(90);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Occi.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(ExportedContainer.class))
                .getOrComputeIfAbsent(Running.class, key -> Running.start(), Running.class).occi;
    }

    /** The running process, stopped when the root store closes at the end of the run. */
    static final class Running implements ExtensionContext.Store.CloseableResource {
        final LauncherProcess process;
        final Path folder;
        final Occi occi;

        private Running(LauncherProcess process, Path folder, Occi occi) {
            this.process = process;
            this.folder = folder;
            this.occi = occi;
        }

        static Running start() {
            try {
                Path jar = Path.of(System.getProperty("launcher.jar", "../launcher/target/launcher.jar")).toAbsolutePath();
                if (!Files.isRegularFile(jar)) {
                    throw new AssertionError("no exported jar at " + jar + ": build the launcher module first");
                }
                Path folder = Files.createTempDirectory(Path.of("target"), "container-");
                int port;
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                LauncherProcess process = LauncherProcess.start(jar, folder, DEADLINE,
                        "-Dorg.osgi.service.http.port=" + port);
                process.awaitUp();
                Occi occi = new Occi(URI.create("http://127.0.0.1:" + port + "/"));
                // the CONFINE mapping discovers the testbed's templates after start-up: wait for the first
                awaitTemplates(occi, process);
                return new Running(process, folder, occi);
            } catch (IOException e) {
                throw new AssertionError("could not start the exported jar", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }

        private static void awaitTemplates(Occi occi, LauncherProcess process) throws InterruptedException {
            long end = System.nanoTime() + DEADLINE.toNanos();
            while (!occi.get("/-/", "application/occi+json").body().contains("/testbed/template/")) {
                if (System.nanoTime() > end) {
                    throw new AssertionError("the query interface never listed a CONFINE template; the container printed:\n"
                            + String.join("\n", process.lines()));
                }
                TimeUnit.MILLISECONDS.sleep(200); // another process: no event to wait on
            }
        }

        @Override
        public void close() throws Exception {
            try {
                process.stop();
            } finally {
                process.close();
                try (Stream<Path> files = Files.walk(folder)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
