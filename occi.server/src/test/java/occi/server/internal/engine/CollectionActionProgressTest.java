package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import occi.api.Action;
import occi.api.Category;
import occi.api.Entity;
import occi.api.OcciException;
import occi.api.backend.ActionBackend;
import occi.api.backend.KindBackend;
import occi.api.backend.RequestContext;
import occi.api.progress.OperationStatus;
import occi.api.rendering.EntityRepresentation;
import occi.server.internal.progress.InMemoryOperationTracker;
import org.junit.jupiter.api.Test;

/** An action on a collection is a tracked operation: done/total while it runs, how it ended afterwards. */
class CollectionActionProgressTest {

    /** Computes whose invoke (the default invokeAll, member by member) waits at the third member until released. */
    static final class SlowBackend implements KindBackend, ActionBackend {
        final CountDownLatch atThird = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);
        final AtomicInteger invoked = new AtomicInteger();
        volatile boolean refuseLast;

        @Override
        public Collection<? extends Category> categories() {
            return List.of(Fixtures.COMPUTE, Fixtures.START, Fixtures.STOP);
        }

        @Override
        public Entity create(Entity entity, RequestContext request) {
            return entity;
        }

        @Override
        public Entity invoke(Action action, Entity entity, Map<String, Object> attributes, RequestContext request) {
            int n = invoked.incrementAndGet();
            if (n == 3) {
                atThird.countDown();
                await(release);
            }
            if (refuseLast && n == 5) {
                throw OcciException.conflict("the fifth refuses");
            }
            return entity.withTitle("started");
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static Harness withMembers(SlowBackend backend, InMemoryOperationTracker tracker, int members) {
        Harness server = new Harness().with(backend);
        server.engine.trackOperations(tracker);
        for (int i = 0; i < members; i++) {
            server.rendering.entity = new EntityRepresentation(Fixtures.COMPUTE.id(), List.of(), Map.of(), List.of());
            assertThat(server.request("POST", "/compute/").payload().send().status()).isEqualTo(201);
        }
        return server;
    }

    @Test
    void reportsMembersDoneWhileRunningAndTheOutcomeWhenFinished() throws Exception {
        SlowBackend backend = new SlowBackend();
        InMemoryOperationTracker tracker = new InMemoryOperationTracker();
        Harness server = withMembers(backend, tracker, 5);

        CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(
                () -> server.request("POST", "/compute/").query("action", "start").send());
        await(backend.atThird);

        assertThat(tracker.running()).singleElement().satisfies(running -> {
            assertThat(running.title()).isEqualTo("start on /compute/ (5 members)");
            assertThat(running.principal()).isNull();  // anonymous, as the members were created
            assertThat(running.total()).isEqualTo(5);
            assertThat(running.done()).isEqualTo(2);  // the default invokeAll reports each member it is done with
            assertThat(running.percent()).isEqualTo(40);
            assertThat(running.running()).isTrue();
        });
        assertThat(tracker.finished()).isEmpty();

        backend.release.countDown();
        assertThat(answer.get(30, TimeUnit.SECONDS).status()).isEqualTo(200);
        assertThat(tracker.running()).isEmpty();
        OperationStatus finished = tracker.finished().get(0);
        assertThat(finished.done()).isEqualTo(5);
        assertThat(finished.failure()).isNull();
        assertThat(finished.running()).isFalse();
        assertThat(finished.finished()).isAfterOrEqualTo(finished.started());
    }

    @Test
    void aFailedActionEndsAsFailedWithItsMessage() throws Exception {
        SlowBackend backend = new SlowBackend();
        backend.refuseLast = true;
        backend.release.countDown();
        InMemoryOperationTracker tracker = new InMemoryOperationTracker();
        Harness server = withMembers(backend, tracker, 5);

        assertThat(server.request("POST", "/compute/").query("action", "start").send().status()).isEqualTo(409);

        assertThat(tracker.running()).isEmpty();
        assertThat(tracker.finished()).singleElement().satisfies(failed -> {
            assertThat(failed.done()).isEqualTo(4);
            assertThat(failed.failure()).contains("the fifth refuses");
        });
    }

    @Test
    void withoutATrackerTheActionRunsAsBefore() {
        SlowBackend backend = new SlowBackend();
        backend.release.countDown();
        Harness server = withMembers(backend, new InMemoryOperationTracker(), 3);
        server.engine.trackOperations(null);
        assertThat(server.request("POST", "/compute/").query("action", "start").send().status()).isEqualTo(200);
        assertThat(backend.invoked).hasValue(3);
    }
}
