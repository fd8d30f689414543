package confine.orm;

import static org.assertj.core.api.Assertions.assertThat;

import confine.controller.ControllerOptions;
import confine.controller.LocalController;
import confine.controller.Seed;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's interactive session, in Java syntax, typed into jshell opened as the README
 * says: the bundle jar and Jackson on the class path, the start-up script, a local
 * controller on a random port.
 */
class JshellSessionIT {

    private static final String SESSION = """
            api
            print(api.managers().keySet())
            var nodes = api.manager("nodes").retrieve()
            int count = nodes.size()
            print(api.manager("nodes").filter("group__name", "vct"))
            var node = api.manager("nodes").get("id", 1413)
            String group = node.resource("group").string("name")
            node.invoke("reboot")
            api.login("vct", "vct")
            JsonNode reboot = node.invoke("reboot")
            var slice = api.manager("slices").get("id", 7)
            var spare = api.manager("nodes").get("name", "node-1414")
            var sliver = spare.related("slivers").create("slice", slice, "interfaces", List.of(Map.of("type", "private", "name", "priv")))
            String created = sliver.resource("node").string("name")
            Outcome updated = node.related("slivers").update("description", "updated concurrently")
            node.set("name", "renamed-1413").save()
            String renamed = node.string("name")
            node.delete()
            boolean gone = node.deleted()
            JsonNode uploaded = slice.upload("upload_overlay", Path.of("%s"))
            String sha = slice.string("overlay_sha256")
            /exit
            """;

    @TempDir
    Path dir;

    @Test
    void theSeedsSessionRunsAsShown() throws Exception {
        byte[] overlay = "an overlay archive\n".repeat(1000).getBytes(StandardCharsets.UTF_8);
        Path overlayFile = Files.write(dir.resolve("overlay.tgz"), overlay);
        String expectedSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(overlay));
        try (LocalController controller = LocalController.start(ControllerOptions.defaults().seed(Seed.generated(2, 0, 0)))) {
            String base = controller.baseUri().toString();
            String out = jshell(base, SESSION.formatted(overlayFile));

            assertThat(out).contains("CONFINE client: api connected to " + base)
                    .contains("api ==> {\n    \"uri\": \"" + base + "\",")
                    .contains("[groups, islands, nodes, slices, slivers, templates, users]")
                    .contains("count ==> 3")
                    .contains("\"name\": \"node-1413\"")
                    .contains("group ==> \"vct\"")
                    .contains("|  Exception confine.orm.ResponseStatusException: " + base
                            + "nodes/1413/ctl/reboot/ 403 FORBIDDEN (!= 200, 201, 202) Authentication credentials were not provided.")
                    .contains("reboot ==> {\"detail\":\"Node instructed to reboot\"}")
                    .contains("created ==> \"node-1414\"")
                    .contains("updated ==> 1 succeeded, 0 failed")
                    .contains("renamed ==> \"renamed-1413\"")
                    .contains("gone ==> true")
                    .contains("uploaded ==> {\"detail\":\"File uploaded correctly\"}")
                    .contains("sha ==> \"" + expectedSha + "\"");
            // one exception (the refused reboot), no snippet that failed to compile
            assertThat(out.split("\\|  Exception", -1)).hasSize(2);
            assertThat(out).as("the error's stack is the caller's").doesNotContain("CompletableFuture");
            assertThat(out).doesNotContain("|  Error:");
            assertThat(controller.testbed().get("nodes", 1413)).isEmpty();
            assertThat(controller.testbed().get("slices", 7).orElseThrow().path("overlay_sha256").asText()).isEqualTo(expectedSha);
        }
    }

    /**
     * The README's session, its very lines (those after {@code jshell>} in the client's section),
     * on the default seed of the container's controller (the sample documents only), in a folder
     * with an {@code overlay.tgz}: every line runs, and the one error is the one the README shows.
     */
    @Test
    void theReadmeSessionRunsOnTheDefaultSeed() throws Exception {
        String readme = Files.readString(Path.of(System.getProperty("confine.orm.readme")));
        String block = readme.substring(readme.indexOf("```java", readme.indexOf("### CONFINE client")));
        block = block.substring(0, block.indexOf("```", 7));
        List<String> lines = block.lines().filter(l -> l.startsWith("jshell> ")).map(l -> l.substring(8)).toList();
        String shownError = block.lines().filter(l -> l.startsWith("|  Exception")).findFirst().orElseThrow();
        assertThat(lines).hasSizeGreaterThan(8);
        byte[] overlay = "an overlay archive\n".repeat(100).getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("overlay.tgz"), overlay);
        try (LocalController controller = LocalController.start(ControllerOptions.defaults().seed(Seed.fixtures()))) {
            String base = controller.baseUri().toString();
            String out = jshell(base, String.join("\n", lines) + "\n/exit\n");

            assertThat(out).contains(shownError.replace("http://127.0.0.1:8080/confine/api/", base))
                    .contains("==> \"vct\"")
                    .contains("{\"detail\":\"Node instructed to reboot\"}")
                    .contains("==> 2 succeeded, 0 failed")
                    .contains("{\"detail\":\"File uploaded correctly\"}")
                    .doesNotContain("|  Error:").doesNotContain("CompletableFuture")
                    .doesNotContain("already exists");
            assertThat(out.split("\\|  Exception", -1)).as(out).hasSize(2);
            assertThat(controller.testbed().get("nodes", 1413)).isEmpty();
            assertThat(controller.testbed().get("slices", 7).orElseThrow().path("overlay_sha256").asText())
                    .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(overlay)));
        }
    }

    private String jshell(String base, String session) throws IOException, InterruptedException {
        String classPath = System.getProperty("confine.orm.jar") + java.io.File.pathSeparator
                + Files.readString(Path.of(System.getProperty("confine.orm.classpath"))).trim();
        Path jshell = Path.of(System.getProperty("java.home"), "bin", "jshell");
        ProcessBuilder pb = new ProcessBuilder(jshell.toString(), "--class-path", classPath,
                "--startup", "DEFAULT", "--startup", System.getProperty("confine.orm.startup"))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("jshell.out").toFile());
        pb.environment().put("CONFINE_URL", base);
        // jshell keeps its history in the user's preferences: keep the test's away from them.
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Djava.util.prefs.userRoot=" + dir.resolve("prefs"));
        Process p = pb.start();
        p.getOutputStream().write(session.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        if (!p.waitFor(3, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("jshell did not finish: " + Files.readString(dir.resolve("jshell.out")));
        }
        return Files.readString(dir.resolve("jshell.out"));
    }
}
