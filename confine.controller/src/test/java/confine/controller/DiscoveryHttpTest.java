package confine.controller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The base resource, every collection and resource of the reference, media types and Link headers. */
class DiscoveryHttpTest extends HttpTestSupport {

    static final Path FIXTURES = Path.of("src/main/resources/confine/controller/internal/fixtures");
    static final String FIXTURE_BASE = "http://127.0.0.1:8080/confine/api/";

    /** A sample document of the reference, with its URLs on this controller's base. */
    static JsonNode fixture(String name) throws Exception {
        return JSON.readTree(Files.readString(FIXTURES.resolve(name)).replace(FIXTURE_BASE, base.toString()));
    }

    @Test
    void theBaseResourceAdvertisesTheReferencesRelationsOnTheRequestsOwnBase() throws Exception {
        HttpResponse<String> response = get("");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo("application/json");
        String expected = Files.readString(FIXTURES.resolve("base-links.txt")).strip().replace(FIXTURE_BASE, base.toString());
        assertThat(response.headers().firstValue("Link")).hasValue(expected);
        JsonNode body = json(response);
        assertThat(body.path("uri").asText()).isEqualTo(base.toString());
        assertThat(body.path("testbed_params")).isEqualTo(fixture("base.json").path("testbed_params"));
        assertThat(body.path("description").asText()).contains("development testbed");
    }

    @Test
    void urlsFollowTheHostTheClientUsed() throws Exception {
        // the same controller reached as "localhost" names itself so
        String viaLocalhost = base.toString().replace("127.0.0.1", "localhost");
        HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(viaLocalhost + "nodes/1413/")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(json(response).path("group").path("uri").asText()).isEqualTo(viaLocalhost + "groups/2/");
    }

    @ParameterizedTest
    @CsvSource({"nodes/1413/, node.json, node", "slices/7/, slice.json, slice", "slivers/42/, sliver.json, sliver",
            "templates/1/, template.json, template", "users/1/, user.json, user", "groups/2/, group.json, group",
            "islands/1/, island.json, island"})
    void everySampleResourceIsServedAsTheReferenceWroteItWithItsProfile(String path, String fixture, String profile) throws Exception {
        HttpResponse<String> response = get(path);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo(profile(profile));
        assertThat(json(response)).isEqualTo(fixture(fixture));
        Map<String, String> links = links(response);
        assertThat(links).containsEntry(SERVER + "base", base.toString())
                .containsEntry(SERVER + profile + "-list", base + path.substring(0, path.indexOf('/') + 1));
    }

    @Test
    void everyCollectionListsItsResourcesAsAResourceList() throws Exception {
        for (Map.Entry<String, String> relation : links(get("")).entrySet()) {
            if (!relation.getKey().endsWith("-list")) {
                continue;
            }
            HttpResponse<String> response = http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(relation.getValue())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(relation.getKey()).isEqualTo(200);
            assertThat(contentType(response)).isEqualTo(profile("resource-list"));
            JsonNode list = json(response);
            assertThat(list.isArray()).isTrue();
            assertThat(list).as(relation.getKey()).isNotEmpty().allSatisfy(item ->
                    assertThat(item.path("uri").asText()).startsWith(relation.getValue()));
        }
        assertThat(json(get("nodes/"))).containsExactlyElementsOf(fixture("node-list.json"));
    }

    @Test
    void detailResourcesAdvertiseTheirActions() throws Exception {
        Map<String, String> node = links(get("nodes/1413/"));
        assertThat(node).containsEntry(SERVER + "do-reboot", base + "nodes/1413/ctl/reboot/")
                .containsEntry(CONTROLLER + "do-request-api-cert", base + "nodes/1413/ctl/request-api-cert/")
                .containsEntry(SERVER + "node-base", "http://[fd65:fc41:c50f:585::2]/confine/api/");
        assertThat(links(get("slices/7/"))).containsKeys(SERVER + "do-renew", SERVER + "do-reset",
                CONTROLLER + "do-upload-overlay", CONTROLLER + "do-upload-exp-data");
        assertThat(links(get("slivers/42/"))).containsKeys(SERVER + "do-update", CONTROLLER + "do-upload-overlay");
        assertThat(links(get("templates/1/"))).containsKey(CONTROLLER + "do-upload-image");
        assertThat(links(get("users/1/"))).containsKey(CONTROLLER + "do-change-auth");
    }

    @Test
    void theServerIsASingleton() throws Exception {
        HttpResponse<String> response = get("server/");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(contentType(response)).isEqualTo(profile("server"));
        assertThat(json(response).path("uri").asText()).isEqualTo(base + "server/");
        assertThat(json(response).path("description").asText()).contains("development testbed");
    }

    @Test
    void aCollectionAddedAtRunTimeIsAdvertisedAndServed() throws Exception {
        controller.testbed().addCollection("gateway", "gateways");
        controller.testbed().create("gateways", JSON.createObjectNode().put("name", "gw-1"));

        assertThat(links(get(""))).containsEntry(SERVER + "gateway-list", base + "gateways/");
        JsonNode gateway = json(get("gateways/1/"));
        assertThat(gateway.path("name").asText()).isEqualTo("gw-1");
        assertThat(gateway.path("uri").asText()).isEqualTo(base + "gateways/1/");

        controller.testbed().removeCollection("gateways");
        assertThat(links(get(""))).doesNotContainKey(SERVER + "gateway-list");
        assertThat(get("gateways/").statusCode()).isEqualTo(404);
    }

    @Test
    void indentPrettyPrintsAndProfilesOfAnyVersionAreAccepted() throws Exception {
        HttpResponse<String> pretty = get("nodes/1413/", "Accept", "application/json; indent=4");
        assertThat(pretty.body()).contains("\n    \"id\": 1413");
        assertThat(JSON.readTree(pretty.body())).isEqualTo(fixture("node.json"));

        HttpResponse<String> profiled = get("nodes/1413/", "Accept",
                "application/json; profile=\"http://confine-project.eu/schema/registry/v1/node\"");
        assertThat(profiled.statusCode()).isEqualTo(200);
    }

    @Test
    void anUnacceptableAcceptIs406() throws Exception {
        assertThat(get("nodes/1413/", "Accept", "text/html").statusCode()).isEqualTo(406);
        HttpResponse<String> wrongProfile = get("nodes/1413/", "Accept", profile("slice"));
        assertThat(wrongProfile.statusCode()).isEqualTo(406);
        assertThat(json(wrongProfile).path("detail").asText()).isNotEmpty();
        assertThat(get("nodes/", "Accept", "text/html, application/json;q=0.5").statusCode()).isEqualTo(200);
    }

    @Test
    void unknownResourcesAre404AndUnsupportedMethods405() throws Exception {
        assertThat(get("nodes/99999/").statusCode()).isEqualTo(404);
        assertThat(get("nodes/abc/").statusCode()).isEqualTo(404);
        // an id is ASCII digits: Arabic-Indic digits or a sign do not name node 1413 a second way
        assertThat(get("nodes/%D9%A1%D9%A4%D9%A1%D9%A3/").statusCode()).isEqualTo(404);
        assertThat(get("nodes/+1413/").statusCode()).isEqualTo(404);
        assertThat(get("gadgets/").statusCode()).isEqualTo(404);
        HttpResponse<String> delete = send("DELETE", "nodes/", null);
        assertThat(delete.statusCode()).isEqualTo(405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");
        assertThat(get("nodes/1413/ctl/reboot/").statusCode()).isEqualTo(405);
    }
}
