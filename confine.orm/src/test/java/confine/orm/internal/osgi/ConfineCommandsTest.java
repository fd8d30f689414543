package confine.orm.internal.osgi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import confine.controller.ControllerOptions;
import confine.controller.LocalController;
import confine.controller.Seed;
import confine.orm.ResponseStatusException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The Gogo commands' work, called as Gogo calls them, against a local controller (the shell itself is tested in the container). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConfineCommandsTest {

    private LocalController controller;
    private ConfineCommands commands;
    private String base;

    @BeforeAll
    void start() throws Exception {
        controller = LocalController.start(ControllerOptions.defaults().seed(Seed.generated(3, 0, 0)));
        base = controller.baseUri().toString();
    }

    @AfterAll
    void stop() {
        controller.close();
    }

    @BeforeEach
    void connect() {
        controller.testbed().reset(Seed.generated(3, 0, 0));
        commands = new ConfineCommands();
        assertThat(commands.connect(base)).startsWith("Connected to " + base)
                .contains("collections [groups, islands, nodes, slices, slivers, templates, users]")
                .contains("actions     [get_auth_token]");
    }

    @Test
    void listsFilteredAcrossRelations() {
        assertThat(commands.ls("nodes", "group__name=vct")).contains(base + "nodes/1413/  node-1413").endsWith("4 resources");
        assertThat(commands.ls("nodes", "id=1413")).isEqualTo(base + "nodes/1413/  node-1413\n1 resource");
        assertThat(commands.ls("nodes", "id__in=1413,1414", "arch=i686")).endsWith("2 resources");
        assertThat(commands.show(base + "nodes/1413/")).startsWith("{\n    \"id\": 1413,");
        assertThat(commands.show("islands")).contains("\"name\": \"guifi-bcn\"");
    }

    @Test
    void actionsNeedALogin() throws Exception {
        assertThatThrownBy(() -> commands._do("reboot", base + "nodes/1413/")).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("403 FORBIDDEN (!= 200, 201, 202) Authentication credentials were not provided.");
        assertThat(commands.login("vct", "vct")).isEqualTo("Logged in as vct");
        assertThat(commands._do("reboot", base + "nodes/1413/")).contains("Node instructed to reboot");
        assertThat(commands._do("renew", base + "slices/7/", "null")).contains("Slice renewed for 30 days");
        assertThat(commands.logout()).isEqualTo("Logged out");
    }

    @Test
    void changesUploadsAndDeletes(@TempDir Path dir) throws Exception {
        commands.login("vct", "vct");
        assertThat(commands.set(base + "nodes/1413/", "name=renamed", "description=\"from the shell\""))
                .contains("\"name\": \"renamed\"");
        assertThat(controller.testbed().get("nodes", 1413).orElseThrow().path("description").asText()).isEqualTo("from the shell");
        Path overlay = Files.writeString(dir.resolve("overlay.tgz"), "overlay");
        assertThat(commands.upload("upload_overlay", base + "slices/7/", overlay.toString())).contains("File uploaded correctly");
        assertThat(commands.rm(base + "slivers/42/")).isEqualTo("Deleted " + base + "slivers/42/");
        assertThat(controller.testbed().get("slivers", 42)).isEmpty();
    }

    @Test
    void relativeUrisAreResolvedAgainstTheApiBase() throws Exception {
        assertThat(commands.show("nodes/1413/")).isEqualTo(commands.show(base + "nodes/1413/")).contains("\"name\": \"node-1413\"");
        assertThat(commands.show("nodes/1413")).as("no trailing slash").contains("\"id\": 1413,");
        assertThat(commands.show("/confine/api/nodes/1413/")).contains("\"id\": 1413,");
        assertThat(commands.show("islands/")).as("a collection").contains("\"name\": \"guifi-bcn\"");
        commands.login("vct", "vct");
        assertThat(commands._do("reboot", "nodes/1413/")).contains("Node instructed to reboot");
        assertThat(commands.set("nodes/1413/", "name=relative")).contains("\"name\": \"relative\"");
        assertThat(commands.rm("slivers/42/")).isEqualTo("Deleted " + base + "slivers/42/");
    }

    @Test
    void showAndDoPrintJsonAlike() throws Exception {
        commands.login("vct", "vct");
        // the client's indented form everywhere: four spaces and "name": value, as the controller's indent=4
        assertThat(commands.show("nodes/1413/")).startsWith("{\n    \"").doesNotContain("\" : ");
        assertThat(commands._do("reboot", "nodes/1413/")).startsWith("{\n    \"").contains("\": \"").doesNotContain("\" : ");
    }

    @Test
    void errorsAreTheClientsMessage() {
        assertThatThrownBy(() -> commands.show("nodes/999999/")).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("404").hasNoSuppressedExceptions()
                .satisfies(e -> assertThat(e.getClass().getName()).doesNotContain("Completion"));
        assertThatThrownBy(() -> ConfineCommands.unwrapped(() -> {
            throw new java.util.concurrent.CompletionException(new java.util.concurrent.CompletionException(
                    new ResponseStatusException("POST", java.net.URI.create(base), 400, "BAD REQUEST", List.of(201), "Sliver with this Slice and Node already exists.")));
        })).isInstanceOf(ResponseStatusException.class).hasMessageContaining("Sliver with this Slice and Node already exists.");
    }

    @Test
    void theOverviewNamesEveryCommand() {
        String overview = commands.confine();
        for (String command : List.of("connect", "login", "logout", "ls", "show", "do", "set", "rm", "upload")) {
            assertThat(overview).contains("confine:" + command + " ");
        }
    }

    @Test
    void withoutAConfigurationConnectSaysWhatToDo() {
        assertThatThrownBy(() -> new ConfineCommands().connect()).hasMessageContaining("confine:connect <base-url>");
        assertThatThrownBy(() -> new ConfineCommands().ls("nodes")).hasMessageContaining("Not connected");
    }

    @Test
    void wordsBecomeTypedValues() {
        Map<String, Object> values = ConfineCommands.lookups("id=12", "name=vct", "quoted=\"12\"", "flag=true",
                "island=null", "id__in=1,2");
        assertThat(values).containsEntry("id", 12L).containsEntry("name", "vct").containsEntry("quoted", "12")
                .containsEntry("flag", true).containsEntry("id__in", List.of(1L, 2L)).containsKey("island");
        assertThat(values.get("island")).isNull();
        assertThatThrownBy(() -> ConfineCommands.lookups("novalue")).isInstanceOf(IllegalArgumentException.class);
    }
}
