package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.RequestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * On PostgreSQL, which several containers write, the registry keeps no entity it read, even
 * when a read cache is configured: two registries on one database, as two containers, and
 * what one writes is what the other reads next, at once, though the other had just read
 * (and an H2 registry would have kept) the value before.
 */
@EnabledIf(value = "occi.registry.jdbc.internal.TestDatabases#postgresReachable",
        disabledReason = "no PostgreSQL test database on loopback (run cnf/tools/install-postgres.sh)")
class PostgresReadsUncachedTest {

    private static final RequestContext ANONYMOUS = RequestContext.anonymous(URI.create("http://127.0.0.1/"));

    private static PostgresCluster cluster;
    private static JdbcRegistry one;
    private static JdbcRegistry two;

    @BeforeAll
    static void open() throws Exception {
        cluster = PostgresCluster.open("uncached", JdbcRegistry.DEFAULT_READ_CACHE_SIZE);
        one = cluster.one;
        two = cluster.two;
    }

    @AfterAll
    static void close() {
        cluster.close();
    }

    @Test
    void everyReadSeesTheOtherContainersLastCommit() {
        assertThat(one.readCache()).as("no read cache on PostgreSQL").isNull();
        String root = "/uncached-" + UUID.randomUUID().toString().substring(0, 8) + "/";
        CategoryId kind = CategoryId.parse("http://uncached.test/kinds#vm");
        Resource vm = (Resource) one.commit(List.of(Change.create(
                new Resource(UUID.randomUUID().toString(), root + "vm", kind, List.of(), Map.of(), "first", null, 0))), ANONYMOUS).get(0);

        for (int round = 1; round <= 5; round++) {
            Entity read = one.get(vm.location(), ANONYMOUS).orElseThrow();
            List<Link> links = one.linksFrom(vm.location(), ANONYMOUS);
            assertThat(links).hasSize(round - 1);

            two.commit(List.of(Change.put(read.withTitle("round " + round), read.version()),
                    Change.create(new Link(UUID.randomUUID().toString(), root + "nic/" + round, kind, List.of(), Map.of(), null,
                            vm.location(), "http://example.org/", null, 0))), ANONYMOUS);

            assertThat(one.get(vm.location(), ANONYMOUS).map(Entity::title)).contains("round " + round);
            assertThat(one.linksFrom(vm.location(), ANONYMOUS)).hasSize(round);
        }
        two.commit(List.of(Change.remove(vm.location(), Change.ANY_VERSION)), ANONYMOUS);
        assertThat(one.get(vm.location(), ANONYMOUS)).isEmpty();
    }
}
