package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Link;
import occi.api.OcciException;
import occi.api.Resource;
import occi.api.backend.EntityQuery;
import occi.api.rendering.EntityRepresentation;
import occi.api.rendering.LinkRepresentation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Create, read, update, replace and delete of resources and links, with every backend concerned called. */
class EntityOperationsTest {

    private final RecordingBackend backend = new RecordingBackend(Fixtures.COMPUTE, Fixtures.NETWORK, Fixtures.NETWORK_INTERFACE,
            Fixtures.START, Fixtures.STOP, Fixtures.OS_TPL, Fixtures.UBUNTU, Fixtures.MONITORED);
    private final Harness server = new Harness().with(backend);

    private String network;

    @BeforeEach
    void aNetworkToLinkTo() {
        server.rendering.entity = new EntityRepresentation(Fixtures.NETWORK.id(), List.of(), Map.of(), List.of());
        network = path(server.request("POST", "/network/").payload().send());
        backend.takeCalls();
    }

    private static String path(Answer created) {
        assertThat(created.status()).as(created.bodyText()).isEqualTo(201);
        return created.header("Location").substring(Harness.ROOT.toString().length() - 1);
    }

    private Entity stored(String path) {
        return server.registry.get(path, null).orElseThrow();
    }

    private String createCompute(Map<String, Object> attributes, List<CategoryId> mixins, List<LinkRepresentation> links) {
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), mixins, attributes, links);
        return path(server.request("POST", "/compute/").payload().send());
    }

    @Test
    void aCreateCallsTheKindEveryMixinAndEveryLinkBackendAndAnswersAnAbsoluteLocation() {
        LinkRepresentation nic = new LinkRepresentation(network, null, Fixtures.NETWORK_INTERFACE.id(), List.of(), Map.of(), null);
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(Fixtures.UBUNTU.id(), Fixtures.MONITORED.id()),
                Map.of("occi.compute.cores", "2", Core.TITLE, "vm"), List.of(nic, nic));

        Answer created = server.request("POST", "/compute/").payload().send();

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).startsWith("http://occi.test:8080/compute/");
        assertThat(backend.takeCalls()).containsExactly("create compute", "apply ubuntu", "apply monitored",
                "create networkinterface", "create networkinterface");
        Resource vm = (Resource) stored(path(created));
        assertThat(vm.attributes()).containsEntry("occi.compute.cores", 2L).containsEntry("occi.compute.state", "inactive")
                .containsEntry("example.interval", 60L);
        assertThat(vm.attributes().get("occi.compute.memory")).isEqualTo(new java.math.BigDecimal(2));
        assertThat(vm.title()).isEqualTo("vm");
        assertThat(vm.location()).isEqualTo("/compute/" + vm.id());
        assertThat(server.registry.linksFrom(vm.location(), null)).hasSize(2)
                .allSatisfy(l -> assertThat(l.target()).isEqualTo(network))
                .allSatisfy(l -> assertThat(l.targetKind()).isEqualTo(Fixtures.NETWORK.id()));
    }

    @Test
    void aGetRetrievesThroughEveryBackendAndRendersLinksAndApplicableActions() {
        String vm = createCompute(Map.of(), List.of(Fixtures.UBUNTU.id()),
                List.of(new LinkRepresentation(network, null, Fixtures.NETWORK_INTERFACE.id(), List.of(), Map.of(), null)));
        backend.takeCalls();

        Answer answer = server.get(vm);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.header("ETag")).isNotBlank();
        assertThat(backend.takeCalls()).containsExactly("retrieve compute", "retrieve ubuntu", "retrieve networkinterface");
        assertThat(answer.bodyText()).contains("entity " + vm, "mixin=ubuntu", "action=start", "link=/networkinterface/")
                .doesNotContain("action=stop");
        assertThat(backend.contexts).allSatisfy(c -> {
            assertThat(c.extras()).containsEntry("tenant", "t1");
            assertThat(c.base()).hasToString("http://occi.test:8080/");
        });
    }

    @Test
    void theServerAssignsTheIdAndKeepsIt() {
        String vm = createCompute(Map.of(), List.of(), List.of());
        String id = stored(vm).id();
        server.rendering.entity = new EntityRepresentation(null, List.of(), Map.of(Core.ID, "something-else"), List.of());

        Answer refused = server.request("POST", vm).payload().send();

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.bodyText()).contains(Core.ID, "immutable");
        assertThat(stored(vm).id()).isEqualTo(id);
    }

    @Test
    void badValuesAreRefusedWithTheAttributeNameAndTheRule() {
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of("occi.compute.cores", "two"), List.of());
        Answer notANumber = server.request("POST", "/compute/").payload().send();
        assertThat(notANumber.status()).isEqualTo(400);
        assertThat(notANumber.bodyText()).contains("occi.compute.cores", "expected a number");

        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of("occi.compute.hostname", "Not Valid"), List.of());
        assertThat(server.request("POST", "/compute/").payload().send().bodyText()).contains("occi.compute.hostname", "pattern");

        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of("occi.compute.colour", "red"), List.of());
        Answer undefined = server.request("POST", "/compute/").payload().send();
        assertThat(undefined.status()).isEqualTo(400);
        assertThat(undefined.bodyText()).contains("occi.compute.colour", "not defined");

        assertThat(server.registry.query(EntityQuery.below("/compute/", 10), null).total()).isZero();
        assertThat(backend.calls).isEmpty();
    }

    @Test
    void immutableAttributesCannotBeChangedByAnUpdateButMutableOnesCan() {
        String vm = createCompute(Map.of("occi.compute.cores", 1), List.of(), List.of());
        server.rendering.entity = new EntityRepresentation(null, List.of(), Map.of("occi.compute.state", "active"), List.of());
        Answer refused = server.request("POST", vm).payload().send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.bodyText()).contains("occi.compute.state", "immutable");

        server.rendering.entity = new EntityRepresentation(null, List.of(Fixtures.MONITORED.id()),
                Map.of("occi.compute.cores", 4, "occi.compute.state", "inactive"), List.of());
        backend.takeCalls();
        Answer updated = server.request("POST", vm).payload().send();

        assertThat(updated.status()).isEqualTo(200);
        assertThat(backend.takeCalls()).containsExactly("update compute", "apply monitored");
        assertThat(stored(vm).attributes()).containsEntry("occi.compute.cores", 4L);
        assertThat(stored(vm).mixins()).containsExactly(Fixtures.MONITORED.id());
    }

    @Test
    void putCreatesAtTheClientsPathThenReplacesKeepingLinksAndImmutableValues() {
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(Fixtures.MONITORED.id()),
                Map.of("occi.compute.cores", 2, Core.TITLE, "mine"), List.of(new LinkRepresentation(network, null, null, List.of(), Map.of(), null)));
        Answer created = server.request("PUT", "/compute/mine").payload().send();
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("http://occi.test:8080/compute/mine");
        assertThat(server.registry.linksFrom("/compute/mine", null)).hasSize(1);
        backend.takeCalls();

        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of("occi.compute.hostname", "box"), List.of());
        Answer replaced = server.request("PUT", "/compute/mine").payload().send();

        assertThat(replaced.status()).isEqualTo(200);
        assertThat(backend.takeCalls()).containsExactly("replace compute", "remove monitored");
        Entity vm = stored("/compute/mine");
        assertThat(vm.attributes()).containsEntry("occi.compute.hostname", "box").containsEntry("occi.compute.state", "inactive")
                .doesNotContainKey("occi.compute.cores");
        assertThat(vm.title()).isNull();
        assertThat(vm.mixins()).isEmpty();
        assertThat(server.registry.linksFrom("/compute/mine", null)).hasSize(1);
    }

    @Test
    void aReplaceCannotChangeTheKind() {
        String vm = createCompute(Map.of(), List.of(), List.of());
        server.rendering.entity = new EntityRepresentation(Fixtures.NETWORK.id(), List.of(), Map.of(), List.of());
        assertThat(server.request("PUT", vm).payload().send().status()).isEqualTo(400);
    }

    @Test
    void deletingAResourceDeletesItsLinksAfterEveryBackendAgreed() {
        String vm = createCompute(Map.of(), List.of(Fixtures.UBUNTU.id()),
                List.of(new LinkRepresentation(network, null, Fixtures.NETWORK_INTERFACE.id(), List.of(), Map.of(), null)));
        backend.takeCalls();

        Answer deleted = server.request("DELETE", vm).send();

        assertThat(deleted.status()).isEqualTo(200);
        assertThat(backend.takeCalls()).containsExactly("delete compute", "remove ubuntu", "delete networkinterface");
        assertThat(server.registry.get(vm, null)).isEmpty();
        assertThat(server.registry.query(EntityQuery.below("/networkinterface/", 10), null).total()).isZero();
        assertThat(server.registry.get(network, null)).isPresent();
        assertThat(server.request("DELETE", vm).send().status()).isEqualTo(404);
    }

    @Test
    void aVetoAnswersTheBackendsStatusAndLeavesNothingBehind() {
        backend.failOn("create networkinterface", OcciException.conflict("the network is full"));
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of(),
                List.of(new LinkRepresentation(network, null, Fixtures.NETWORK_INTERFACE.id(), List.of(), Map.of(), null)));

        Answer refused = server.request("POST", "/compute/").payload().send();

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.bodyText()).contains("the network is full");
        assertThat(server.registry.query(EntityQuery.below("/", 10), null).items()).extracting(Entity::location).containsExactly(network);
    }

    @Test
    void unauthorisedAndForbiddenVetoesKeepTheirStatus() {
        String vm = createCompute(Map.of(), List.of(), List.of());
        backend.failOn("delete compute", OcciException.unauthorized("log in first"));
        assertThat(server.request("DELETE", vm).send().status()).isEqualTo(401);
        backend.failOn("delete compute", OcciException.forbidden("not yours"));
        assertThat(server.request("DELETE", vm).send().status()).isEqualTo(403);
        assertThat(server.registry.get(vm, null)).isPresent();
    }

    @Test
    void aFailingBackendIsA500AndIsLogged() {
        backend.failOn("create compute", new IllegalStateException("bug"));
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of(), List.of());

        Answer failed = server.request("POST", "/compute/").payload().send();

        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.bodyText()).doesNotContain("bug");
        assertThat(server.warnings).anyMatch(w -> w.contains("bug"));
    }

    @Test
    void entitiesOfAWithdrawnKindAnswer503AndAreKept() {
        String vm = createCompute(Map.of(), List.of(), List.of());
        server.without(backend);

        assertThat(server.get(vm).status()).isEqualTo(503);
        assertThat(server.request("DELETE", vm).send().status()).isEqualTo(503);
        assertThat(server.registry.get(vm, null)).isPresent();

        server.with(backend);
        assertThat(server.get(vm).status()).isEqualTo(200);
    }

    @Test
    void eTagsMakeWritesConditional() {
        String vm = createCompute(Map.of(), List.of(), List.of());
        String etag = server.get(vm).header("ETag");

        assertThat(server.request("GET", vm).header("If-None-Match", etag).send().status()).isEqualTo(304);
        server.rendering.entity = new EntityRepresentation(null, List.of(), Map.of("occi.compute.cores", 3), List.of());
        assertThat(server.request("POST", vm).payload().header("If-Match", etag).send().status()).isEqualTo(200);
        assertThat(server.get(vm).header("ETag")).isNotEqualTo(etag);
        assertThat(server.request("POST", vm).payload().header("If-Match", etag).send().status()).isEqualTo(412);
        assertThat(server.request("PUT", vm).payload().header("If-None-Match", "*").send().status()).isEqualTo(412);
    }

    @Test
    void actionsRunThroughTheirBackendWithTypedAttributes() {
        String vm = createCompute(Map.of(), List.of(), List.of());
        backend.takeCalls();

        Answer started = server.request("POST", vm).query("action", "start").send();
        assertThat(started.status()).isEqualTo(200);
        assertThat(stored(vm).attributes()).containsEntry("occi.compute.state", "active");

        assertThat(server.request("POST", vm).query("action", "start").send().status()).isEqualTo(400);
        server.rendering.action = new occi.api.rendering.ActionInvocation(Fixtures.STOP.id(), Map.of("method", "sideways"));
        Answer badMethod = server.request("POST", vm).query("action", "stop").payload().send();
        assertThat(badMethod.status()).isEqualTo(400);
        assertThat(badMethod.bodyText()).contains("method", "sideways");

        server.rendering.action = new occi.api.rendering.ActionInvocation(Fixtures.STOP.id(), Map.of());
        assertThat(server.request("POST", vm).query("action", "stop").payload().send().status()).isEqualTo(200);
        assertThat(backend.takeCalls()).contains("invoke start{}", "invoke stop{method=graceful}");
        assertThat(server.request("POST", vm).query("action", "fly").send().status()).isEqualTo(400);
    }

    @Test
    void aLinkCreatedAtItsKindsLocationNeedsAnExistingSource() {
        String vm = createCompute(Map.of(), List.of(), List.of());
        server.rendering.entity = new EntityRepresentation(Fixtures.NETWORK_INTERFACE.id(), List.of(),
                Map.of(Core.SOURCE, "http://occi.test:8080" + vm, Core.TARGET, network, "occi.networkinterface.interface", "eth0"), List.of());
        Answer created = server.request("POST", "/networkinterface/").payload().send();
        Link link = (Link) stored(path(created));
        assertThat(link.source()).isEqualTo(vm);
        assertThat(link.attributes()).containsEntry("occi.networkinterface.interface", "eth0");

        server.rendering.entity = new EntityRepresentation(Fixtures.NETWORK_INTERFACE.id(), List.of(),
                Map.of(Core.SOURCE, "/compute/nothing", Core.TARGET, network), List.of());
        Answer refused = server.request("POST", "/networkinterface/").payload().send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.bodyText()).contains(Core.SOURCE);

        server.rendering.entity = new EntityRepresentation(null, List.of(), Map.of(Core.SOURCE, network), List.of());
        assertThat(server.request("POST", link.location()).payload().send().bodyText()).contains(Core.SOURCE, "immutable");
    }

    @Test
    void aSingleEntityInAListOnlyRenderingIsA400() {
        String vm = createCompute(Map.of(), List.of(), List.of());
        server.rendering.refuseEntity = OcciException.badRequest("text/uri-list renders collections only");
        Answer refused = server.get(vm);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.bodyText()).contains("collections only");
    }

    @Test
    void theCallersPrincipalReachesEveryBackend() {
        backend.contexts.clear();
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(Fixtures.UBUNTU.id()), Map.of(), List.of());
        assertThat(server.request("POST", "/compute/").payload().as("alice").send().status()).isEqualTo(201);
        assertThat(backend.contexts).hasSize(2).allSatisfy(c -> assertThat(c.principal()).isEqualTo("alice"));
    }

    @Test
    void nothingIsCreatedBelowTheQueryInterface() {
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of(), List.of());
        assertThat(server.request("PUT", "/-/sneaky").payload().send().status()).isEqualTo(400);
        assertThat(server.request("PUT", "/.well-known/org/x").payload().send().status()).isEqualTo(400);
    }
}
