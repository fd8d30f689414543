package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.OcciException;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.RequestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the batched commit must keep of the one-change-after-the-other semantics: changes to
 * one location within a commit see each other, and a commit of many entities keeps the
 * counters, tagging and attribute index the listings and filters read.
 */
class CommitWriterTest {

    private static final RequestContext ANONYMOUS = RequestContext.anonymous(URI.create("http://127.0.0.1/"));
    private static final CategoryId VM = CategoryId.parse("http://commit.test/#vm");
    private static final CategoryId SMALL = CategoryId.parse("http://commit.test/#small");

    private static HikariDataSource database;
    private static JdbcRegistry registry;

    @BeforeAll
    static void openDatabase() throws Exception {
        database = TestDatabases.freshH2("commit-writer");
        SchemaMigrator.bundled().migrate(database, Dialect.H2);
        registry = new JdbcRegistry(database, Dialect.H2);
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    void changesToOneLocationInOneCommitSeeEachOther() {
        Resource first = vm("/same/a", "first");
        List<Entity> stored = registry.commit(List.of(Change.create(first),
                Change.put(first.withTitle("second"), Change.ANY_VERSION)), ANONYMOUS);

        assertThat(stored.get(1).version()).isGreaterThan(stored.get(0).version());
        assertThat(registry.get("/same/a", ANONYMOUS)).contains(stored.get(1));
        assertStatus(412, () -> registry.commit(List.of(Change.put(first.withTitle("third"), stored.get(1).version()),
                Change.put(first.withTitle("fourth"), stored.get(1).version())), ANONYMOUS));
        assertStatus(409, () -> registry.commit(List.of(Change.remove("/same/a", stored.get(1).version()),
                Change.remove("/same/a", Change.ANY_VERSION), Change.create(first), Change.create(first)), ANONYMOUS));
        assertThat(registry.get("/same/a", ANONYMOUS)).contains(stored.get(1));
    }

    @Test
    void removedAndCreatedAgainInOneCommitIsTheNewEntityWithTheCommitsVersion() {
        Entity old = registry.commit(List.of(Change.create(vm("/again/a", "old").withMixins(List.of(SMALL)))), ANONYMOUS).get(0);

        Entity created = registry.commit(List.of(Change.remove("/again/a", old.version()),
                Change.create(vm("/again/a", "new"))), ANONYMOUS).get(0);

        assertThat(created.version()).isGreaterThan(old.version());
        assertThat(registry.get("/again/a", ANONYMOUS)).contains(created);
        assertThat(total("/again/", SMALL)).isZero();
        assertThat(total("/again/", VM)).isEqualTo(1);
    }

    @Test
    void createdAndRemovedInOneCommitLeavesNothing() {
        registry.commit(List.of(Change.create(vm("/gone/a", "a")), Change.remove("/gone/a", Change.ANY_VERSION)), ANONYMOUS);

        assertThat(registry.get("/gone/a", ANONYMOUS)).isEmpty();
        assertThat(total("/gone/", VM)).isZero();
    }

    @Test
    void aBulkCommitKeepsCountersTaggingAndTheAttributeIndex() {
        List<Change> creates = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            Resource r = vm(String.format("/bulk/%05d", i), "vm " + i);
            creates.add(Change.create(i % 3 == 0 ? r.withMixins(List.of(SMALL)) : r));
        }
        List<Entity> stored = registry.commit(creates, ANONYMOUS);

        assertThat(stored).hasSize(1_200).allMatch(e -> e.version() == stored.get(0).version());
        assertThat(total("/bulk/", VM)).isEqualTo(1_200);
        assertThat(total("/bulk/", SMALL)).isEqualTo(400);
        assertThat(registry.get("/bulk/00003", ANONYMOUS).orElseThrow().mixins()).containsExactly(SMALL);
        assertThat(registry.query(new EntityQuery("/bulk/", List.of(), Map.of("test.n", 777L), null, Entity.class, 0, 10),
                ANONYMOUS).items()).extracting(Entity::location).containsExactly("/bulk/00777");

        List<Change> updatesAndRemoves = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            Entity e = stored.get(i);
            updatesAndRemoves.add(i % 2 == 0 ? Change.remove(e.location(), e.version())
                    : Change.put(e.withMixins(List.of()), e.version()));
        }
        registry.commit(updatesAndRemoves, ANONYMOUS);

        assertThat(total("/bulk/", VM)).isEqualTo(900);
        assertThat(total("/bulk/", SMALL)).isEqualTo(200); // those of 600..1199
        assertThat(registry.get("/bulk/00003", ANONYMOUS).orElseThrow().mixins()).isEmpty();
        assertThat(registry.get("/bulk/00002", ANONYMOUS)).isEmpty();
    }

    @Test
    void aTakenLocationInABulkCommitIs409AndKeepsNothingOfIt() {
        registry.commit(List.of(Change.create(vm("/taken/00500", "first"))), ANONYMOUS);
        List<Change> creates = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            creates.add(Change.create(vm(String.format("/taken/%05d", i), "vm " + i)));
        }

        assertStatus(409, () -> registry.commit(creates, ANONYMOUS));
        assertThat(total("/taken/", VM)).isEqualTo(1);
        assertThat(registry.get("/taken/00000", ANONYMOUS)).isEmpty();
    }

    private static Resource vm(String location, String title) {
        long n = Long.parseLong(location.replaceAll("\\D", "").isEmpty() ? "0" : location.replaceAll("\\D", ""));
        return new Resource("id" + location, location, VM, List.of(), Map.of("test.n", n), title, null, 0);
    }

    private static long total(String below, CategoryId category) {
        return registry.query(new EntityQuery(below, List.of(Set.of(category)), Map.of(), null, Entity.class, 0, 1),
                ANONYMOUS).total();
    }

    private static void assertStatus(int status, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.status()).isEqualTo(status));
    }
}
