package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import occi.api.CategoryId;
import occi.api.backend.EntityQuery;
import occi.api.rendering.CategoryRepresentation;
import occi.api.rendering.EntityRepresentation;
import org.junit.jupiter.api.Test;

/** Locations clients choose: a PUT that creates, a user mixin's location. Each refusal is a 400 that says why, and nothing is stored. */
class LocationSyntaxTest {

    private static final CategoryId MY_TAG = CategoryId.parse("http://me.example/tags#important");

    private final RecordingBackend backend = new RecordingBackend(Fixtures.COMPUTE, Fixtures.NETWORK, Fixtures.OS_TPL);
    private final Harness server = new Harness().with(backend);

    private Answer putCompute(String path) {
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of(), List.of());
        return server.request("PUT", path).payload().send();
    }

    @Test
    void aPutCreatesOnlyAtAPlainPathOutsideOtherCategoriesAndThePlatformsOwn() {
        for (String path : List.of("/compute/%2e%2e/x", "/compute/../x", "/compute/./x", "/compute//x", "/compute/a%2Fb", "/system/x",
                "/System/console/x", "/confine/api/x", "/network/x", "/os_tpl/x", "/compute/a b")) {
            Answer refused = putCompute(path);
            assertThat(refused.status()).as(path).isEqualTo(400);
            assertThat(refused.bodyText()).as(path).startsWith("cannot create an entity at this path: ");
        }
        assertThat(putCompute("/network/x").bodyText()).contains("lies in the collection of kind " + Fixtures.NETWORK.id());
        assertThat(putCompute("/compute/..x").status()).isEqualTo(201);
        assertThat(putCompute("/elsewhere/vm-1").status()).isEqualTo(201);
        assertThat(server.registry.query(EntityQuery.below("/", 100), Harness.CALLER).items()).extracting(e -> e.location())
                .containsExactlyInAnyOrder("/compute/..x", "/elsewhere/vm-1");
    }

    @Test
    void aPathOrIdentifierBeyondWhatTheRegistriesKeepIsRefusedBeforeAnythingIsStored() {
        assertThat(putCompute("/compute/" + "a".repeat(2048)).status()).isEqualTo(414);
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of("occi.core.id", "a".repeat(513)), List.of());
        Answer longId = server.request("POST", "/compute/").payload().send();
        assertThat(longId.status()).isEqualTo(400);
        assertThat(longId.bodyText()).contains("occi.core.id", "at most 512 characters");
        assertThat(server.registry.query(EntityQuery.below("/", 100), Harness.CALLER).total()).isZero();
    }

    @Test
    void aUserMixinTakesNoLocationThatOverlapsAnotherOrThePlatformsOwn() {
        for (String location : List.of("/../x/", "/system/console/", "/confine/", "/compute/mine/", "/os_tpl/x/", "/a%2fb/", "/-/x/")) {
            server.rendering.categories = List.of(new CategoryRepresentation(MY_TAG, "mixin", null, List.of(), List.of(), location, Map.of()));
            Answer refused = server.request("POST", "/-/").payload().send();
            assertThat(refused.status()).as(location).isIn(400, 409);
            assertThat(refused.bodyText()).as(location).contains("mixin");
        }
        server.rendering.categories = List.of(new CategoryRepresentation(MY_TAG, "mixin", null, List.of(), List.of(), "/important/", Map.of()));
        assertThat(server.request("POST", "/-/").payload().send().status()).isEqualTo(200);
    }
}
