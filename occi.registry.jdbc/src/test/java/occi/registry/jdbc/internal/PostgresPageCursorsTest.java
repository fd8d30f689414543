package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.RequestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Two registries on one PostgreSQL database, as two containers of a cluster: a listing one
 * of them walked page by page (so that it remembers where each page ended) is served by true
 * offsets again once the other has changed it, because the other's commit notifies it.
 */
@EnabledIf(value = "occi.registry.jdbc.internal.TestDatabases#postgresReachable",
        disabledReason = "no PostgreSQL test database on loopback (run cnf/tools/install-postgres.sh)")
class PostgresPageCursorsTest {

    /** A notification travels over loopback in milliseconds; this bounds a slow, shared CI machine. */
    private static final Duration DELIVERY = Duration.ofSeconds(2);
    private static final RequestContext ANONYMOUS = RequestContext.anonymous(java.net.URI.create("http://127.0.0.1/"));

    private static PostgresCluster cluster;
    private static JdbcRegistry one;
    private static JdbcRegistry two;

    @BeforeAll
    static void open() throws Exception {
        cluster = PostgresCluster.open("cursors", 0);
        one = cluster.one;
        two = cluster.two;
    }

    @AfterAll
    static void close() {
        cluster.close();
    }

    @Test
    void aPageAfterAnotherContainersDeleteStartsAtItsTrueOffset() {
        String root = "/cursors-" + UUID.randomUUID().toString().substring(0, 8) + "/";
        CategoryId kind = new CategoryId("http://cursors.test/" + root.substring(1, root.length() - 1) + "#", "thing");
        List<Change> creates = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            creates.add(Change.create(new Resource(UUID.randomUUID().toString(), root + i, kind, List.of(), Map.of(), null, null, 0)));
        }
        one.commit(creates, ANONYMOUS);
        assertThat(one.hearsEveryWrite()).as("the first registry listens for the other's commits").isTrue();
        EntityQuery listing = EntityQuery.below(root, 2);
        assertThat(locations(one, listing.page(0, 2))).containsExactly(root + 0, root + 1);
        assertThat(locations(one, listing.page(2, 2))).containsExactly(root + 2, root + 3); // remembered: page 3 starts after 3

        Entity first = two.get(root + 0, ANONYMOUS).orElseThrow();
        two.commit(List.of(Change.remove(first.location(), first.version())), ANONYMOUS);

        // without the notification, 'one' would start the page at offset 4 after root+3 (root+4, root+5) and
        // at offset 2 after root+1 (root+2, root+3): a page of the listing before the delete
        long deadline = System.nanoTime() + DELIVERY.toNanos();
        List<String> page;
        while (!(page = locations(one, listing.page(2, 2))).equals(List.of(root + 3, root + 4)) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
        assertThat(page).as("offset 2 after the other container deleted the first entity").containsExactly(root + 3, root + 4);
        assertThat(locations(one, listing.page(4, 2))).containsExactly(root + 5);
    }

    private static List<String> locations(JdbcRegistry registry, EntityQuery query) {
        return registry.query(query, ANONYMOUS).items().stream().map(Entity::location).toList();
    }
}
