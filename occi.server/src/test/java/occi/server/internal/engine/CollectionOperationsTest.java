package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.backend.EntityQuery;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.Filter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Kind and mixin collections, path listings, filters and paging. */
class CollectionOperationsTest {

    private final RecordingBackend backend = new RecordingBackend(Fixtures.COMPUTE, Fixtures.NETWORK, Fixtures.START, Fixtures.STOP,
            Fixtures.OS_TPL, Fixtures.UBUNTU, Fixtures.MONITORED);
    private final Harness server = new Harness().with(backend);
    private String a;
    private String b;
    private String net;

    @BeforeEach
    void threeResources() {
        a = create(Fixtures.COMPUTE.id(), Map.of("occi.compute.cores", 1, "occi.compute.hostname", "alpha"), List.of(Fixtures.UBUNTU.id()));
        b = create(Fixtures.COMPUTE.id(), Map.of("occi.compute.cores", 2, "occi.compute.hostname", "beta"), List.of());
        net = create(Fixtures.NETWORK.id(), Map.of("occi.network.vlan", 2), List.of());
        backend.takeCalls();
    }

    private String create(CategoryId kind, Map<String, Object> attributes, List<CategoryId> mixins) {
        server.rendering.entity = new EntityRepresentation(kind, mixins, attributes, List.of());
        Answer created = server.request("POST", "/" + kind.term() + "/").payload().send();
        assertThat(created.status()).isEqualTo(201);
        return created.header("Location").substring("http://occi.test:8080".length());
    }

    private static List<String> lines(Answer answer) {
        assertThat(answer.status()).as(answer.bodyText()).isEqualTo(200);
        return answer.bodyText().lines().map(l -> l.substring("http://occi.test:8080".length())).toList();
    }

    private List<Entity> all() {
        return server.registry.query(EntityQuery.below("/", 100), Harness.CALLER).items();
    }

    @Test
    void aKindCollectionListsItsKindAndSubKindsAndTheCoreResourceCollectionListsEveryResource() {
        assertThat(lines(server.get("/compute/"))).containsExactlyInAnyOrder(a, b);
        assertThat(lines(server.get("/resource/"))).containsExactlyInAnyOrder(a, b, net);
        assertThat(lines(server.get("/link/"))).isEmpty();
    }

    @Test
    void filtersCombineAndTwoAttributesBothMustMatch() {
        assertThat(lines(server.request("GET", "/resource/").query("category", Fixtures.OS_TPL.id().toString()).send())).containsExactly(a);
        assertThat(lines(server.request("GET", "/compute/").query("q", "BET").send())).containsExactly(b);
        server.rendering.filter = new Filter(List.of(), Map.of("occi.compute.cores", "2", "occi.compute.hostname", "beta"));
        assertThat(lines(server.request("GET", "/compute/").payload().send())).containsExactly(b);
        server.rendering.filter = new Filter(List.of(), Map.of("occi.compute.cores", "2", "occi.compute.hostname", "alpha"));
        assertThat(lines(server.request("GET", "/compute/").payload().send())).isEmpty();
        assertThat(lines(server.request("GET", "/compute/").query("category", "http://nowhere#nothing").send())).isEmpty();
    }

    @Test
    void pagesCountFromOneAndTooLargeAPageIs413() {
        List<String> first = lines(server.request("GET", "/resource/").query("page", "1").query("number", "2").send());
        List<String> second = lines(server.request("GET", "/resource/").query("page", "2").query("number", "2").send());
        assertThat(first).hasSize(2);
        assertThat(second).hasSize(1);
        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(lines(server.request("GET", "/resource/").query("page", "9").query("number", "2").send())).isEmpty();
        assertThat(server.request("GET", "/resource/").query("number", "1001").send().status()).isEqualTo(413);
        assertThat(server.request("GET", "/resource/").query("page", "0").send().status()).isEqualTo(400);
        assertThat(server.request("GET", "/resource/").query("number", "x").send().status()).isEqualTo(400);
        assertThat(server.request("GET", "/resource/").query("unknown", "whatever").send().status()).isEqualTo(200);
    }

    @Test
    void aDefaultPageSizeLimitsUnpagedListings() {
        Harness paged = new Harness(new ServerSettings("/", List.of(), false, 10, 2, 1 << 20, 1 << 16, "test", "OCCI/1.2"));
        paged.with(backend);
        for (int i = 0; i < 3; i++) {
            paged.rendering.entity = new EntityRepresentation(Fixtures.NETWORK.id(), List.of(), Map.of(), List.of());
            paged.request("POST", "/network/").payload().send();
        }
        Answer page = paged.get("/network/");
        assertThat(page.bodyText().lines()).hasSize(2);
        assertThat(page.header("X-Total")).isEqualTo("3");
    }

    @Test
    void postingWithAnActionRunsItOnEveryMember() {
        assertThat(server.request("POST", "/compute/").query("action", "start").send().status()).isEqualTo(200);
        // then the answer, the collection rendering, retrieves the members
        assertThat(backend.takeCalls()).filteredOn(c -> !c.startsWith("retrieve")).containsExactlyInAnyOrder("invoke start{}", "invoke start{}");
        assertThat(server.registry.get(a, Harness.CALLER).orElseThrow().attributes()).containsEntry("occi.compute.state", "active");
    }

    @Test
    void deletingAKindCollectionDeletesItsMembersOnly() {
        assertThat(server.request("DELETE", "/compute/").send().status()).isEqualTo(200);
        assertThat(all()).extracting(Entity::location).containsExactly(net);
    }

    @Test
    void aMixinCollectionTagsSetsAndUntagsButNeverDeletes() {
        server.rendering.locations = List.of("http://occi.test:8080" + b);
        Answer tagged = server.request("POST", "/monitored/").payload().send();
        assertThat(tagged.status()).isEqualTo(200);
        assertThat(backend.takeCalls()).startsWith("apply monitored");
        assertThat(server.registry.get(b, Harness.CALLER).orElseThrow().mixins()).contains(Fixtures.MONITORED.id());
        assertThat(server.registry.get(b, Harness.CALLER).orElseThrow().attributes()).containsEntry("example.interval", 60L);
        assertThat(lines(server.get("/monitored/"))).containsExactly(b);

        server.rendering.locations = List.of(a);
        assertThat(server.request("PUT", "/monitored/").payload().send().status()).isEqualTo(200);
        assertThat(lines(server.get("/monitored/"))).containsExactly(a);

        server.rendering.locations = List.of();
        Answer refused = server.request("DELETE", "/monitored/").send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(all()).hasSize(3);
        assertThat(lines(server.get("/monitored/"))).containsExactly(a);

        server.rendering.locations = List.of(a);
        assertThat(server.request("DELETE", "/monitored/").payload().send().status()).isEqualTo(200);
        assertThat(lines(server.get("/monitored/"))).isEmpty();
        assertThat(all()).hasSize(3);
    }

    @Test
    void aMixinIsOnlyAppliedToTheKindsItAppliesTo() {
        server.rendering.locations = List.of(net);
        Answer refused = server.request("POST", "/monitored/").payload().send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.bodyText()).contains("does not apply");
    }

    @Test
    void aTemplateCollectionListsEntitiesWithTemplatesThatDependOnIt() {
        assertThat(lines(server.get("/os_tpl/"))).containsExactly(a);
    }

    @Test
    void aPathListingShowsEverythingBelowAndAllowsOnlyReading() {
        assertThat(lines(server.get("/"))).containsExactlyInAnyOrder(a, b, net);
        assertThat(lines(server.get("/comp/"))).isEmpty();
        Answer refused = server.request("DELETE", "/").send();
        assertThat(refused.status()).isEqualTo(405);
        // the service root also takes an OCCI 1.1 create (Occi11RequestsTest)
        assertThat(refused.header("Allow")).isEqualTo("GET, HEAD, OPTIONS, POST");
        assertThat(server.request("DELETE", "/comp/").send().header("Allow")).isEqualTo("GET, HEAD, OPTIONS");
        assertThat(all()).hasSize(3);
    }

    @Test
    void aKindCollectionIsNotTaggedAndNotPut() {
        assertThat(server.request("POST", "/compute/").header("X-OCCI-Location", a).send().status()).isEqualTo(400);
        Answer put = server.request("PUT", "/compute/").payload().send();
        assertThat(put.status()).isEqualTo(405);
        assertThat(put.header("Allow")).doesNotContain("PUT");
    }
}
