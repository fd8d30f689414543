package confine.orm;

import static org.assertj.core.api.Assertions.assertThat;

import confine.controller.ControllerOptions;
import confine.controller.LocalController;
import confine.controller.Seed;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client as a library, as the README says: a plain Java program (no OSGi) with the bundle
 * jar and Jackson's three jars (databind, core, annotations) as its whole class path, against a
 * local controller, through the API and its typed views.
 */
class PlainClassPathIT {

    private static final String PROGRAM = """
            import confine.orm.*;

            public class Program {
                public static void main(String[] args) {
                    try (Api api = Api.of(args[0])) {
                        Node node = api.manager("nodes").get("id", 1413).as(Node.class);
                        System.out.println("node " + node.name() + " in group " + node.group().name());
                        Slice slice = api.manager("slices").get("id", 7).as(Slice.class);
                        System.out.println("slice " + slice.name() + " template " + slice.template().name());
                        try {
                            node.invoke("reboot");
                        } catch (ResponseStatusException e) {
                            System.out.println("refused " + e.status());
                        }
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void runsWithJacksonAlone() throws Exception {
        List<String> jackson = Arrays.stream(Files.readString(Path.of(System.getProperty("confine.orm.classpath"))).trim()
                .split(File.pathSeparator)).filter(jar -> Path.of(jar).getFileName().toString().startsWith("jackson-")).toList();
        assertThat(jackson).extracting(jar -> Path.of(jar).getFileName().toString().replaceFirst("-[0-9.]+\\.jar$", ""))
                .containsExactlyInAnyOrder("jackson-databind", "jackson-core", "jackson-annotations");
        String classPath = System.getProperty("confine.orm.jar") + File.pathSeparator + String.join(File.pathSeparator, jackson);
        Path source = Files.writeString(dir.resolve("Program.java"), PROGRAM);
        try (LocalController controller = LocalController.start(ControllerOptions.defaults().seed(Seed.fixtures()))) {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process p = new ProcessBuilder(java.toString(), "--class-path", classPath, source.toString(),
                    controller.baseUri().toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the program ends").isTrue();
            String out = Files.readString(dir.resolve("out.txt"));
            assertThat(out).as(out).contains("node node-1413 in group vct")
                    .contains("slice vct-experiment template Debian Wheezy i386")
                    .contains("refused 403");
            assertThat(p.exitValue()).as(out).isZero();
        }
    }
}
