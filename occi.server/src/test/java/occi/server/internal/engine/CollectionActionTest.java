package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Collection;
import occi.api.Action;
import occi.api.Category;
import occi.api.Entity;
import occi.api.OcciException;
import occi.api.backend.ActionBackend;
import occi.api.backend.KindBackend;
import occi.api.backend.RequestContext;
import occi.api.rendering.EntityRepresentation;
import org.junit.jupiter.api.Test;

/** An action on a whole collection: checked on every member first, then one batch per backend. */
class CollectionActionTest {

    /** Computes whose state follows start and stop, with a batch hook that records each batch it is given. */
    static final class BatchingBackend implements KindBackend, ActionBackend {
        final List<List<String>> batches = new CopyOnWriteArrayList<>();
        final List<String> failOn = new ArrayList<>();
        final List<String> invoked = new CopyOnWriteArrayList<>();

        @Override
        public Collection<? extends Category> categories() {
            return List.of(Fixtures.COMPUTE, Fixtures.START, Fixtures.STOP);
        }

        @Override
        public Entity create(Entity entity, RequestContext request) {
            return withState(entity, "inactive");
        }

        @Override
        public boolean applicable(Action action, Entity entity) {
            return action.id().term().equals("start") != "active".equals(entity.attributes().get("occi.compute.state"));
        }

        @Override
        public Entity invoke(Action action, Entity entity, Map<String, Object> attributes, RequestContext request) {
            invoked.add(entity.location());
            return withState(entity, action.id().term().equals("start") ? "active" : "inactive");
        }

        @Override
        public List<Entity> invokeAll(Action action, List<Entity> entities, Map<String, Object> attributes, RequestContext request) {
            batches.add(entities.stream().map(Entity::location).toList());
            List<Entity> results = new ArrayList<>();
            for (Entity entity : entities) {
                if (failOn.contains(entity.location())) {
                    throw OcciException.conflict("refused " + entity.location() + " after changing " + results.size());
                }
                results.add(invoke(action, entity, attributes, request));
            }
            return results;
        }

        private static Entity withState(Entity entity, String state) {
            Map<String, Object> attributes = new LinkedHashMap<>(entity.attributes());
            attributes.put("occi.compute.state", state);
            return entity.withAttributes(attributes);
        }
    }

    private static String create(Harness server) {
        server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of(), List.of());
        Answer created = server.request("POST", "/compute/").payload().send();
        assertThat(created.status()).isEqualTo(201);
        return created.header("Location").substring("http://occi.test:8080".length());
    }

    private static Object state(Harness server, String location) {
        return server.registry.get(location, Harness.CALLER).orElseThrow().attributes().get("occi.compute.state");
    }

    @Test
    void theDefaultInvokesEachMemberInTurnAndEveryResultIsStored() {
        RecordingBackend backend = new RecordingBackend(Fixtures.COMPUTE, Fixtures.START, Fixtures.STOP);
        Harness server = new Harness().with(backend);
        String a = create(server);
        String b = create(server);
        backend.takeCalls();
        assertThat(server.request("POST", "/compute/").query("action", "start").send().status()).isEqualTo(200);
        // then the answer, the collection rendering, retrieves the members
        assertThat(backend.takeCalls()).filteredOn(c -> !c.startsWith("retrieve")).containsExactly("invoke start{}", "invoke start{}");
        assertThat(state(server, a)).isEqualTo("active");
        assertThat(state(server, b)).isEqualTo("active");
    }

    @Test
    void theAnswerIsTheEntityCollectionRendering() {
        // GFD.223, Trigger Action on a collection: the response MUST contain an entity collection rendering
        RecordingBackend backend = new RecordingBackend(Fixtures.COMPUTE, Fixtures.START, Fixtures.STOP);
        Harness server = new Harness().with(backend);
        String a = create(server);
        String b = create(server);

        Answer answer = server.request("POST", "/compute/").query("action", "start").send();

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.bodyText().lines()).containsExactlyInAnyOrder("http://occi.test:8080" + a, "http://occi.test:8080" + b);
    }

    @Test
    void aBackendGetsEveryMemberInOneBatchInTheCollectionsOrder() {
        BatchingBackend backend = new BatchingBackend();
        Harness server = new Harness().with(backend);
        List<String> members = new ArrayList<>(List.of(create(server), create(server), create(server)));
        assertThat(server.request("POST", "/compute/").query("action", "start").send().status()).isEqualTo(200);
        assertThat(backend.batches).hasSize(1);
        assertThat(backend.batches.get(0)).containsExactlyInAnyOrderElementsOf(members);
        members.forEach(m -> assertThat(state(server, m)).isEqualTo("active"));
    }

    @Test
    void whenTheActionDoesNotApplyToOneMemberNothingIsInvoked() {
        BatchingBackend backend = new BatchingBackend();
        Harness server = new Harness().with(backend);
        String a = create(server);
        String b = create(server);
        assertThat(server.request("POST", b).query("action", "start").send().status()).isEqualTo(200);
        backend.batches.clear();
        backend.invoked.clear();

        Answer refused = server.request("POST", "/compute/").query("action", "start").send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.bodyText()).contains("not applicable to " + b);
        assertThat(backend.batches).isEmpty();
        assertThat(backend.invoked).isEmpty();
        assertThat(state(server, a)).isEqualTo("inactive");
    }

    @Test
    void aFailingBatchStoresNoResultAndTheClientGetsItsStatusAndMessage() {
        BatchingBackend backend = new BatchingBackend();
        Harness server = new Harness().with(backend);
        String a = create(server);
        String b = create(server);
        backend.failOn.add(b);
        Answer failed = server.request("POST", "/compute/").query("action", "start").send();
        assertThat(failed.status()).isEqualTo(409);
        assertThat(failed.bodyText()).contains("refused " + b);
        assertThat(state(server, a)).isEqualTo("inactive");
        assertThat(state(server, b)).isEqualTo("inactive");
    }
}
