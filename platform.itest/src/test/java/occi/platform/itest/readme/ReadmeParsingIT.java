package occi.platform.itest.readme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import occi.platform.itest.readme.Example.Kind;
import occi.platform.itest.readme.Example.Marker;
import org.junit.jupiter.api.Test;

/** How {@link ReadmeExamplesIT} reads a README and compares output: no container needed. */
class ReadmeParsingIT {

    @Test
    void findsShellAndGogoExamplesWithTheirShownOutputAndMarkers() {
        String markdown = """
                # Title

                ```sh
                ./run
                ```

                ## Calling

                ```sh
                B=http://127.0.0.1:8080
                # prose, not output
                curl -i -X POST $B/compute/ \\
                     -d 'x'
                #   HTTP/1.1 201 Created
                #   Location: http://127.0.0.1:8080/compute/b1808c96-…
                curl -X DELETE $B/important/   # 400: untags nothing
                ```

                <!-- example: not-run, needs systemd -->
                ```sh
                sudo systemctl stop occi-platform
                ```

                - in a list:
                  <!-- example: own-container, changes the login -->
                  ```
                  g! lb
                  START LEVEL 5
                  g! occi:ls
                  ```

                ```
                service.ranking=I"1000"
                ```
                """;
        List<Example> examples = ReadmeParser.parse("R.md", markdown);

        assertThat(examples).extracting(Example::line).containsExactly(3, 9, 20, 26);
        Example calling = examples.get(1);
        assertThat(calling.section()).isEqualTo("## Calling");
        assertThat(calling.kind()).isEqualTo(Kind.SHELL);
        assertThat(calling.marker()).isEqualTo(Marker.SHARED);
        assertThat(calling.steps()).hasSize(3);
        assertThat(calling.steps().get(1).command()).isEqualTo("curl -i -X POST $B/compute/ \\\n     -d 'x'");
        assertThat(calling.steps().get(1).line()).isEqualTo(12);
        assertThat(calling.steps().get(1).shown()).extracting(Example.Shown::text)
                .containsExactly("HTTP/1.1 201 Created", "Location: http://127.0.0.1:8080/compute/b1808c96-…");
        assertThat(calling.steps().get(1).shown().get(0).line()).isEqualTo(14);
        assertThat(calling.steps().get(2).status()).isEqualTo(400);
        assertThat(calling.steps().get(0).status()).isNull();

        assertThat(examples.get(2).marker()).isEqualTo(Marker.NOT_RUN);
        assertThat(examples.get(2).reason()).isEqualTo("needs systemd");
        Example gogo = examples.get(3);
        assertThat(gogo.kind()).isEqualTo(Kind.GOGO);
        assertThat(gogo.marker()).isEqualTo(Marker.OWN_CONTAINER);
        assertThat(gogo.steps()).extracting(Example.Step::command).containsExactly("lb", "occi:ls");
        assertThat(gogo.steps().get(0).shown()).extracting(Example.Shown::text).containsExactly("START LEVEL 5");
    }

    @Test
    void aCommandGoesOnWhileAQuoteIsOpen() {
        assertThat(ReadmeParser.continues("curl -d '{\"a\":")).isTrue();
        assertThat(ReadmeParser.continues("curl -d '{\"a\":\n 1}'")).isFalse();
        assertThat(ReadmeParser.continues("curl $'a\\'b")).isTrue();
        assertThat(ReadmeParser.continues("curl -X POST $B/x   # the delete button's request")).isFalse();
        assertThat(ReadmeParser.continues("curl -i \\")).isTrue();
        assertThat(ReadmeParser.continues("printf 'a#b' \"c'd\"")).isFalse();
        List<Example> examples = ReadmeParser.parse("R.md", "```sh\ncurl -d '{\"a\": 1,\n  \"b\": 2}'\n#   OK\ncurl x\n```\n");
        assertThat(examples.get(0).steps()).extracting(Example.Step::command).containsExactly("curl -d '{\"a\": 1,\n  \"b\": 2}'", "curl x");
    }

    @Test
    void refusesMarkersItDoesNotKnowAndJshellSessionsNobodyRuns() {
        assertThatThrownBy(() -> ReadmeParser.parse("R.md", "<!-- example: skip -->\n```sh\nls\n```\n"))
                .hasMessageContaining("R.md:1: unknown example marker 'skip'");
        assertThatThrownBy(() -> ReadmeParser.parse("R.md", "<!-- example: not-run -->\n```sh\nls\n```\n"))
                .hasMessageContaining("needs a reason");
        assertThatThrownBy(() -> ReadmeParser.parse("R.md", "```java\njshell> api\n```\n"))
                .hasMessageContaining("R.md:1: a jshell session is not run by this test");
        assertThat(ReadmeParser.parse("R.md", "<!-- example: not-run, JshellSessionIT runs it -->\n```java\njshell> api\n```\n")).isEmpty();
    }

    @Test
    void comparesWithTheTestsPortAndEllipsesAndBindsIds() {
        ShownOutput shown = new ShownOutput(4321);
        String created = ShownOutput.normalize("HTTP/1.1 201 Created\r\nlocation: http://127.0.0.1:4321/compute/5a27a053-2cb6-43db-a52f-000e69b5d70b\r\n\r\nOK\n");

        assertThat(shown.find("HTTP/1.1 201 Created", created)).isTrue();
        assertThat(shown.find("HTTP/1.1 201", created)).as("a line without … is a whole line").isFalse();
        assertThat(shown.find("Location: http://127.0.0.1:8080/compute/b1808c96-…", created)).as("header names in any case").isTrue();
        assertThat(shown.command("curl $B/compute/b1808c96-…?action=start   # 200"))
                .isEqualTo("curl $B/compute/5a27a053-2cb6-43db-a52f-000e69b5d70b?action=start   # 200");
        assertThat(shown.command("curl http://127.0.0.1:8080/-/")).isEqualTo("curl http://127.0.0.1:4321/-/");
        assertThat(shown.find("Location: http://127.0.0.1:8080/compute/b1808c96-…", created.replace("5a27a053", "00000000")))
                .as("a bound id stands for its value").isFalse();
        assertThat(shown.find("HTTP/1.1 … OK", created)).as("… across lines").isTrue();
        assertThat(shown.find("NOT OK", created)).isFalse();

        assertThatThrownBy(() -> shown.command("curl $B/compute/6f1c…")).hasMessageContaining("uses the id 6f1c…");
        assertThat(shown.command("curl $B/important/   # X-OCCI-Location: …/resource/bb0f956a-…")).as("ids in a comment are prose")
                .endsWith("bb0f956a-…");
        shown.newSection();
        assertThatThrownBy(() -> shown.command("curl $B/compute/b1808c96-…")).as("ids are bound within a section")
                .hasMessageContaining("uses the id b1808c96-…");
    }

    @Test
    void matchesTranscriptLinesWholeWithFullIds() {
        ShownOutput shown = new ShownOutput(4321);
        assertThat(shown.matchesLine("http://127.0.0.1:8080/compute/eb27413a-1cdc-446f-ba28-355efd290841",
                "http://127.0.0.1:4321/compute/134e45cf-18f7-4b90-9668-db5bdd75f3ce")).isTrue();
        assertThat(shown.command("occi:rm /compute/eb27413a-1cdc-446f-ba28-355efd290841"))
                .isEqualTo("occi:rm /compute/134e45cf-18f7-4b90-9668-db5bdd75f3ce");
        assertThat(shown.matchesLine("kind   group", "kind   group  x")).isFalse();
    }
}
