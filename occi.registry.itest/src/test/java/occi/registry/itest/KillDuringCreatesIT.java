package occi.registry.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container on its default registry (JDBC on an H2 file) is killed (SIGKILL) in the
 * middle of a burst of creates from several clients. After a restart every create that was
 * answered 201 is there, whole, and the only extra resources are creates that were in flight
 * at the kill: nothing answered is lost, nothing is stored twice or half.
 */
class KillDuringCreatesIT {

    private static final int CLIENTS = 4;
    private static final int KILL_AFTER = 300;
    private static final int MAX_PER_CLIENT = 5_000;

    @TempDir
    Path folder;

    @Test
    void everyAnsweredCreateSurvivesAKillAndNothingIsHalfWritten() throws Exception {
        Queue<String> answered = new ConcurrentLinkedQueue<>();
        AtomicInteger unanswered = new AtomicInteger();
        try (LaunchedContainer container = LaunchedContainer.start(folder)) {
            container.awaitLine(LaunchedContainer.JDBC, 0);
            container.awaitOcci();
            CountDownLatch enough = new CountDownLatch(KILL_AFTER);
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            List<Future<?>> bursts = new ArrayList<>();
            try {
                for (int c = 0; c < CLIENTS; c++) {
                    int client = c;
                    bursts.add(clients.submit(() -> burst(container, client, answered, unanswered, enough)));
                }
                assertThat(enough.await(LaunchedContainer.DEADLINE.toSeconds(), TimeUnit.SECONDS))
                        .as("%d creates answered before the deadline", answered.size()).isTrue();
                container.kill();
            } finally {
                clients.shutdown();
                assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).as("clients stop once the server is gone").isTrue();
            }
            for (Future<?> burst : bursts) {
                burst.get(); // a client's failed assertion fails the test
            }
        }

        try (LaunchedContainer restarted = LaunchedContainer.start(folder)) {
            restarted.awaitLine(LaunchedContainer.JDBC, 0);
            restarted.awaitOcci();
            List<String> listed = restarted.listResources();
            Set<String> unique = new HashSet<>(listed);
            System.out.printf("killed after %d answered creates, %d without an answer; %d stored after the restart%n",
                    answered.size(), unanswered.get(), unique.size());

            assertThat(listed).as("no resource listed twice").hasSameSizeAs(unique);
            assertThat(unique).as("every create answered 201 is there").containsAll(answered);
            assertThat(unique.size() - answered.size()).as("extra resources: creates in flight at the kill")
                    .isBetween(0, unanswered.get());
            List<String> broken = new ArrayList<>();
            for (String path : listed) {
                HttpResponse<String> resource = restarted.get(path);
                if (resource.statusCode() != 200 || !resource.body().contains("occi.core.title=\"burst-")) {
                    broken.add(path + " -> " + resource.statusCode() + " " + resource.body());
                }
            }
            assertThat(broken).as("every stored resource reads back whole").isEmpty();
            assertThat(restarted.stop()).isZero();
        }
    }

    /** One client: creates until the server goes away (or a bound is reached); counts what got no answer. */
    private static void burst(LaunchedContainer container, int client, Queue<String> answered, AtomicInteger unanswered,
            CountDownLatch enough) {
        for (int i = 0; i < MAX_PER_CLIENT; i++) {
            try {
                HttpResponse<String> response = container.create("burst-" + client + "-" + i);
                if (enough.getCount() == 0 && response.statusCode() >= 500) {
                    unanswered.incrementAndGet(); // the server went down while answering
                    return;
                }
                if (response.statusCode() != 201) {
                    throw new AssertionError("a create answered " + response.statusCode() + ": " + response.body());
                }
                answered.add(LaunchedContainer.path(response));
                enough.countDown();
            } catch (IOException serverGone) {
                unanswered.incrementAndGet(); // this create may or may not have been stored
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
