package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import occi.platform.testing.LauncherProcess;
import occi.platform.testing.TestBundles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exported jar as an operator runs it: its log file under the data folder holds the start-up
 * lines and report, INFO lines for a bundle dropped into {@code deploy/} and removed, the registry in use
 * once, and nothing at WARN or above when it is stopped cleanly with SIGTERM.
 */
class LogFileIT {

    private static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final String STOP = "SIGTERM received: stopping every bundle";

    @TempDir
    Path folder;

    @Test
    void theLogFileHoldsTheStartTheDeployedBundleAndACleanStop() throws Exception {
        Path jar = Path.of(System.getProperty("launcher.jar")).toAbsolutePath();
        List<String> output;
        try (LauncherProcess launcher = LauncherProcess.start(jar, folder, DEADLINE,
                "-Dorg.osgi.service.http.port=" + LauncherJarIT.freePort())) {
            int seen = launcher.awaitUp();
            Path dropped = TestBundles.write(folder.resolve("deploy").resolve("logged.jar"), "occi.test.logged");
            seen = launcher.awaitLine(line -> line.contains("bundle installed: occi.test.logged 1.0.0"), seen, "the deploy INFO line");
            // removed again: FileInstall has then also finished starting it (one scan at a time), so
            // the stop below does not meet a bundle half-started
            Files.delete(dropped);
            launcher.awaitLine(line -> line.contains("bundle uninstalled: occi.test.logged 1.0.0"), seen, "the removal INFO line");

            assertThat(launcher.stop()).as(String.join("\n", launcher.lines())).isZero();
            output = launcher.lines();
        }

        Path file = folder.resolve("data").resolve("log").resolve("platform.log");
        assertThat(file).as("the log file under the data folder").exists();
        List<String> log = Files.readAllLines(file, StandardCharsets.UTF_8);
        String all = String.join("\n", log);
        assertThat(log).as(all)
                .anyMatch(l -> l.contains(" INFO ") && l.contains("No terminal: the Gogo shell reads no input"))
                .anyMatch(l -> l.contains(" INFO ") && l.contains("Local CONFINE controller (a development testbed"))
                .anyMatch(l -> l.contains(" INFO ") && l.contains("occi.platform.report")
                        && l.contains("is up: OCCI base: http://127.0.0.1:") && l.contains("Data folder: "))
                .anyMatch(l -> l.contains(" INFO ") && l.contains("bundle installed: occi.test.logged 1.0.0")
                        && l.contains("from file:") && l.endsWith("deploy/logged.jar"))
                .anyMatch(l -> l.contains(" INFO ") && l.contains("bundle uninstalled: occi.test.logged 1.0.0")
                        && l.endsWith("deploy/logged.jar"));
        int stop = indexOf(log, STOP);
        assertThat(stop).as("the stop is in the file:\n" + all).isNotNegative();
        assertThat(log.subList(0, stop)).as("registry in use, logged once at start").filteredOn(l -> l.contains("registry in use: "))
                .singleElement().asString().endsWith("registry in use: occi.registry.jdbc.internal.JdbcRegistryComponent");
        assertThat(log.subList(stop, log.size())).as("nothing at WARN or above at a clean stop")
                .noneMatch(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.startsWith("\tat "));
        assertThat(output.subList(indexOf(output, STOP), output.size())).as("nor on the console")
                .noneMatch(l -> l.contains(" WARN ") || l.contains(" ERROR ") || l.startsWith("\tat "));
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }
}
