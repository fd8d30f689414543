package confine.controller;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Filters, paging Links, and the injected latency, failures and drops, over HTTP. */
class QueryAndFaultsHttpTest extends HttpTestSupport {

    static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void filtersOnTheMembersTheControllerLists() throws Exception {
        controller.testbed().generate(6, 2, 2);

        JsonNode i686 = json(get("nodes/?group__name=" + q("\"vct\"") + "&arch=" + q("\"i686\"")));
        assertThat(i686).hasSize(4).allSatisfy(node -> assertThat(node.path("arch").asText()).isEqualTo("i686"));
        assertThat(json(get("nodes/?" + q("/group/name") + "=" + q("\"vct\"")))).hasSize(7);
        assertThat(json(get("nodes/?group=2"))).hasSize(7);
        assertThat(json(get("nodes/?set_state=" + q("\"production\"")))).hasSize(2);
        assertThat(json(get("slices/?set_state=" + q("\"register\"")))).extracting(s -> s.path("id").asLong()).containsExactly(7L, 8L);
        assertThat(json(get("slivers/?slice=7"))).extracting(s -> s.path("id").asLong()).containsExactly(42L);
        assertThat(json(get("slivers/?node=1413"))).extracting(s -> s.path("uri").asText()).contains(base + "slivers/42/");
    }

    @Test
    void anUnknownFieldOrAMistypedValueIs422() throws Exception {
        HttpResponse<String> unknown = get("nodes/?colour=" + q("\"red\""));
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(json(unknown).path("detail").asText()).isEqualTo("Filtering by a non existent field!");

        HttpResponse<String> unquoted = get("nodes/?arch=i686");
        assertThat(unquoted.statusCode()).isEqualTo(422);
        assertThat(json(unquoted).path("detail").asText()).contains("double quotes");
        assertThat(get("slivers/?node=" + q("\"node-1413\"")).statusCode()).isEqualTo(422);
    }

    @Test
    void pagesLinkToTheirNeighboursAndTogetherHoldTheWholeCollection() throws Exception {
        controller.testbed().generate(9, 0, 0);

        HttpResponse<String> first = get("nodes/?per_page=4");
        Map<String, String> links = links(first);
        assertThat(links).containsEntry("first", base + "nodes/?per_page=4&page=1")
                .containsEntry("last", base + "nodes/?per_page=4&page=3")
                .containsEntry("next", base + "nodes/?per_page=4&page=2")
                .doesNotContainKey("prev");
        List<Long> ids = new ArrayList<>();
        HttpResponse<String> page = first;
        while (true) {
            json(page).forEach(node -> ids.add(node.path("id").asLong()));
            String next = links(page).get("next");
            if (next == null) {
                break;
            }
            page = http.send(HttpRequest.newBuilder(URI.create(next)).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(links(page)).containsKey("prev");
        }
        assertThat(ids).hasSize(10).doesNotHaveDuplicates();
        assertThat(links(get("nodes/"))).doesNotContainKeys("next", "prev");
    }

    @Test
    void filtersAndPagesCombine() throws Exception {
        controller.testbed().generate(9, 0, 0);

        // 4 of the 10 nodes are x86_64: 2 pages of 3
        HttpResponse<String> page = get("nodes/?arch=" + q("\"x86_64\"") + "&per_page=3&page=1");

        assertThat(json(page)).hasSize(3).allSatisfy(node -> assertThat(node.path("arch").asText()).isEqualTo("x86_64"));
        assertThat(links(page).get("next")).contains("arch=").endsWith("page=2");
        assertThat(links(page).get("last")).endsWith("page=2");
    }

    @Test
    void injectedFailuresAnswerTheirStatusThenServiceResumes() throws Exception {
        controller.faults().failNext(2, 503);

        HttpResponse<String> failed = get("");
        assertThat(failed.statusCode()).isEqualTo(503);
        assertThat(json(failed).path("detail").asText()).contains("Injected");
        assertThat(get("nodes/").statusCode()).isEqualTo(503);
        assertThat(get("nodes/").statusCode()).isEqualTo(200);
    }

    @Test
    void aDroppedConnectionGetsNoAnswer() throws Exception {
        controller.faults().dropNext(1);
        long before = controller.faults().requests();
        // a POST: the JDK client sends an idempotent GET again when its connection closes early
        HttpRequest post = HttpRequest.newBuilder(base.resolve("api-token-auth/"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"vct\", \"password\": \"vct\"}")).build();

        assertThatThrownBy(() -> HttpClient.newHttpClient().send(post, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class);
        assertThat(controller.faults().requests() - before).isEqualTo(1);
        assertThat(get("").statusCode()).isEqualTo(200);
    }

    @Test
    void latencyDelaysEveryAnswer() throws Exception {
        controller.faults().latency(Duration.ofMillis(200));

        long start = System.nanoTime();
        assertThat(get("nodes/1413/").statusCode()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void aSliverCreatedDirectlyInTheControllerIsServed() throws Exception {
        controller.testbed().generate(1, 0, 0);
        var fields = JSON.createObjectNode();
        fields.putObject("slice").put("uri", "slices/7/");
        fields.putObject("node").put("uri", "nodes/1414/");

        long id = controller.testbed().create("slivers", fields).path("id").asLong();

        assertThat(json(get("slivers/" + id + "/")).path("node").path("uri").asText()).isEqualTo(base + "nodes/1414/");
        assertThat(json(get("nodes/1414/")).path("slivers").findValuesAsText("uri")).containsExactly(base + "slivers/" + id + "/");
    }
}
