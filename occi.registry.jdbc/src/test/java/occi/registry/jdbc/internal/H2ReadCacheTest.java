package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.RequestContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JDBC registry on an H2 file with its read cache: every write path is seen by the next
 * read of what it changed, although that was read (and kept) just before; a rolled-back
 * write leaves nothing it did not commit; readers running beside a writer never see a value
 * older than the last commit that had returned when they started.
 */
class H2ReadCacheTest {

    private static final URI BASE = URI.create("http://127.0.0.1/");

    private static HikariDataSource database;
    private static JdbcRegistry registry;

    private String root;
    private CategoryId kind;
    private CategoryId linkKind;
    private CategoryId tag;
    private RequestContext alice;

    @BeforeAll
    static void open() throws Exception {
        database = TestDatabases.freshH2("read-cache");
        SchemaMigrator.bundled().migrate(database, Dialect.H2);
        registry = new JdbcRegistry(database, Dialect.H2, database, JdbcRegistry.DEFAULT_READ_CACHE_SIZE);
    }

    @AfterAll
    static void close() {
        registry.close();
        database.close();
    }

    @BeforeEach
    void names() {
        String run = UUID.randomUUID().toString().substring(0, 8);
        root = "/cache-" + run + "/";
        kind = new CategoryId("http://cache.test/" + run + "#", "vm");
        linkKind = new CategoryId("http://cache.test/" + run + "#", "nic");
        tag = new CategoryId("http://cache.test/" + run + "/tags#", "blue");
        alice = new RequestContext("alice-" + run, Map.of(), BASE);
    }

    @Test
    void readsAreServedFromTheCacheUntilTheRegistryWritesThem() throws Exception {
        Resource vm = create(resource("vm/1").withTitle("stored"));
        assertThat(title(vm)).isEqualTo("stored");
        long hits = registry.readCache().hits();

        // behind the registry's back (only possible in this test: the file belongs to this process)
        sql("UPDATE occi_entity SET title = 'behind its back' WHERE location = ?", vm.location());

        assertThat(title(vm)).as("kept as read: the registry is the file's only writer").isEqualTo("stored");
        assertThat(registry.readCache().hits()).isGreaterThan(hits);
        update(vm.withTitle("written"));
        assertThat(title(vm)).isEqualTo("written");
    }

    @Test
    void createReplaceUpdateAndDeleteAreSeenByTheNextRead() {
        String location = root + "vm/crud";
        assertThat(registry.get(location, alice)).as("its absence read and kept").isEmpty();

        Resource created = create(resource("vm/crud").withTitle("created"));
        assertThat(title(created)).isEqualTo("created");

        registry.commit(List.of(Change.put(created.withTitle("replaced"), Change.ANY_VERSION)), alice);
        assertThat(title(created)).isEqualTo("replaced");

        Entity current = registry.get(location, alice).orElseThrow();
        registry.commit(List.of(Change.put(current.withAttributes(Map.of("test.cores", 4L)), current.version())), alice);
        assertThat(registry.get(location, alice).orElseThrow().attributes()).containsEntry("test.cores", 4L);

        Entity updated = registry.get(location, alice).orElseThrow();
        registry.commit(List.of(Change.remove(location, updated.version())), alice);
        assertThat(registry.get(location, alice)).isEmpty();
    }

    @Test
    void taggingAndUntaggingAreSeenByTheNextRead() {
        Resource vm = create(resource("vm/tagged"));
        assertThat(registry.get(vm.location(), alice).orElseThrow().mixins()).isEmpty();

        update(registry.get(vm.location(), alice).orElseThrow().withMixins(List.of(tag)));
        assertThat(registry.get(vm.location(), alice).orElseThrow().mixins()).containsExactly(tag);

        update(registry.get(vm.location(), alice).orElseThrow().withMixins(List.of()));
        assertThat(registry.get(vm.location(), alice).orElseThrow().mixins()).isEmpty();
    }

    @Test
    void removingAUserMixinUntagsWhatWasReadTaggedResourcesAndLinksAlike() {
        registry.addUserMixins(List.of(Mixin.tag(tag, "blue things", root + "blue/")), alice);
        Resource vm = create(resource("vm/blue").withMixins(List.of(tag)));
        Link nic = create(link("nic/blue", vm.location()).withMixins(List.of(tag)));
        Resource untouched = create(resource("vm/plain"));
        RequestContext bob = new RequestContext(alice.principal() + "-bob", Map.of(), BASE);
        Resource bobs = (Resource) registry.commit(List.of(Change.create(resource("vm/blue").withMixins(List.of(tag)))), bob).get(0);
        long before = registry.get(vm.location(), alice).orElseThrow().version();
        assertThat(registry.linksFrom(vm.location(), alice)).singleElement().satisfies(l -> assertThat(l.mixins()).containsExactly(tag));
        assertThat(registry.get(untouched.location(), alice)).isPresent();
        assertThat(registry.get(bobs.location(), bob).orElseThrow().mixins()).containsExactly(tag);

        assertThat(registry.removeUserMixin(tag, alice)).isTrue();

        Entity read = registry.get(vm.location(), alice).orElseThrow();
        assertThat(read.mixins()).isEmpty();
        assertThat(read.version()).as("a new version, so a new ETag").isGreaterThan(before);
        assertThat(registry.linksFrom(vm.location(), alice)).singleElement().satisfies(l -> assertThat(l.mixins()).isEmpty());
        assertThat(registry.get(nic.location(), alice).orElseThrow().mixins()).isEmpty();
        assertThat(registry.get(bobs.location(), bob).orElseThrow().mixins()).as("another owner's tagging").containsExactly(tag);
    }

    @Test
    void linkChangesAreSeenInTheirSourcesLinks() {
        Resource one = create(resource("vm/one"));
        Resource two = create(resource("vm/two"));
        assertThat(registry.linksFrom(one.location(), alice)).isEmpty();
        assertThat(registry.linksFrom(two.location(), alice)).isEmpty();

        Link nic = create(link("nic/1", one.location()));
        assertThat(locations(registry.linksFrom(one.location(), alice))).containsExactly(nic.location());

        Link retitled = (Link) update(nic.withTitle("retitled"));
        assertThat(registry.linksFrom(one.location(), alice)).containsExactly(retitled);

        // moved to another source: the old source's links change though the commit names only the link
        Link moved = new Link(nic.id(), nic.location(), linkKind, List.of(), Map.of(), "moved", two.location(), one.location(),
                kind, 0);
        Link stored = (Link) registry.commit(List.of(Change.put(moved, retitled.version())), alice).get(0);
        assertThat(registry.linksFrom(one.location(), alice)).isEmpty();
        assertThat(registry.linksFrom(two.location(), alice)).containsExactly(stored);

        // deleted by location only: the commit does not say whose link it was
        registry.commit(List.of(Change.remove(nic.location(), Change.ANY_VERSION)), alice);
        assertThat(registry.linksFrom(two.location(), alice)).isEmpty();
        assertThat(registry.get(nic.location(), alice)).isEmpty();
    }

    @Test
    void aLinkReplacedByAResourceLeavesItsSourcesLinks() {
        Resource one = create(resource("vm/source"));
        Link nic = create(link("nic/turned", one.location()));
        assertThat(registry.linksFrom(one.location(), alice)).containsExactly(nic);

        registry.commit(List.of(Change.put(resource("nic/turned"), Change.ANY_VERSION)), alice);

        assertThat(registry.linksFrom(one.location(), alice)).isEmpty();
        assertThat(registry.get(nic.location(), alice).orElseThrow()).isInstanceOf(Resource.class);
    }

    @Test
    void aCommitOfManyChangesIsSeenAtEveryLocationItTouched() {
        Resource kept = create(resource("vm/kept"));
        Resource gone = create(resource("vm/gone"));
        Link gonesLink = create(link("nic/gone", kept.location()));
        List<String> read = List.of(kept.location(), gone.location(), gonesLink.location(), root + "vm/new");
        read.forEach(l -> registry.get(l, alice));
        registry.linksFrom(kept.location(), alice);

        registry.commit(List.of(Change.put(kept.withTitle("changed"), kept.version()), Change.remove(gone.location(), gone.version()),
                Change.remove(gonesLink.location(), gonesLink.version()), Change.create(resource("vm/new").withTitle("new")),
                Change.create(link("nic/new", kept.location()))), alice);

        assertThat(title(kept)).isEqualTo("changed");
        assertThat(registry.get(gone.location(), alice)).isEmpty();
        assertThat(registry.get(gonesLink.location(), alice)).isEmpty();
        assertThat(registry.get(root + "vm/new", alice).map(Entity::title)).contains("new");
        assertThat(locations(registry.linksFrom(kept.location(), alice))).containsExactly(root + "nic/new");
    }

    @Test
    void aRolledBackWriteLeavesNothingItDidNotCommit() throws Exception {
        Resource vm = create(resource("vm/rolled-back").withTitle("committed"));
        assertThat(title(vm)).isEqualTo("committed");
        assertThat(registry.get(root + "vm/too-long", alice)).isEmpty();

        // the update of vm is written in the transaction, then the insert fails (an id longer than its column): rolled back
        Resource tooLong = new Resource("x".repeat(600), root + "vm/too-long", kind, List.of(), Map.of(), null, null, 0);
        assertThatThrownBy(() -> registry.commit(List.of(Change.put(vm.withTitle("never committed"), vm.version()),
                Change.create(tooLong)), alice)).isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.status()).isEqualTo(400));

        assertThat(title(vm)).isEqualTo("committed");
        assertThat(registry.get(tooLong.location(), alice)).isEmpty();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT title FROM occi_entity WHERE location = ?")) {
            select.setString(1, vm.location());
            try (var result = select.executeQuery()) {
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("committed");
            }
        }
    }

    @Test
    void aRefusedWriteLeavesWhatWasKept() {
        Resource vm = create(resource("vm/refused").withTitle("committed"));
        title(vm);

        assertThatThrownBy(() -> registry.commit(List.of(Change.put(vm.withTitle("stale"), vm.version() + 100)), alice))
                .isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.status()).isEqualTo(412));

        assertThat(title(vm)).isEqualTo("committed");
    }

    /**
     * One writer updates a counter on a resource and on its link while readers read both:
     * every read must show at least the value of the last commit that had returned before the
     * read started (a stale cache would show an older one), and after the writer is done every
     * reader sees the last value.
     */
    @Test
    void readersBesideAWriterNeverSeeAnOlderValueThanTheLastCommitBeforeTheirRead() throws Exception {
        Resource vm = create(resource("vm/counted").withAttributes(Map.of("test.count", 0L)));
        Link nic = create(link("nic/counted", vm.location()).withAttributes(Map.of("test.count", 0L)));
        int writes = 150;
        AtomicLong committed = new AtomicLong();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(5);
        try {
            List<Future<Long>> readers = new ArrayList<>();
            for (int r = 0; r < 4; r++) {
                readers.add(threads.submit(() -> {
                    long reads = 0;
                    long seen = 0;
                    while (writing.get() || reads == 0) {
                        long floor = committed.get();
                        long resource = count(registry.get(vm.location(), alice).orElseThrow());
                        long link = count(registry.linksFrom(vm.location(), alice).get(0));
                        assertThat(resource).as("the resource read after commit %d", floor).isGreaterThanOrEqualTo(floor);
                        assertThat(link).as("its link read after commit %d", floor).isGreaterThanOrEqualTo(floor);
                        assertThat(resource).as("never back in time").isGreaterThanOrEqualTo(seen);
                        seen = resource;
                        reads++;
                    }
                    assertThat(count(registry.get(vm.location(), alice).orElseThrow())).isEqualTo(writes);
                    assertThat(count(registry.linksFrom(vm.location(), alice).get(0))).isEqualTo(writes);
                    return reads;
                }));
            }
            Future<?> writer = threads.submit(() -> {
                try {
                    Entity resource = vm;
                    Entity link = nic;
                    for (long i = 1; i <= writes; i++) {
                        List<Entity> stored = registry.commit(List.of(
                                Change.put(resource.withAttributes(Map.of("test.count", i)), resource.version()),
                                Change.put(link.withAttributes(Map.of("test.count", i)), link.version())), alice);
                        resource = stored.get(0);
                        link = stored.get(1);
                        committed.set(i);
                        assertThat(count(registry.get(vm.location(), alice).orElseThrow())).as("the writer reads its write").isEqualTo(i);
                    }
                } finally {
                    writing.set(false);
                }
                return null;
            });
            writer.get(120, TimeUnit.SECONDS);
            long reads = 0;
            for (Future<Long> reader : readers) {
                reads += reader.get(60, TimeUnit.SECONDS);
            }
            assertThat(reads).isGreaterThan(writes);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void onlyAnEmbeddedH2DatabaseGetsTheCache() {
        assertThat(JdbcRegistryComponent.ownedByThisProcess(JdbcRegistryComponent.defaultUrl("/var/lib/occi"))).isTrue();
        assertThat(JdbcRegistryComponent.ownedByThisProcess("jdbc:h2:mem:test")).isTrue();
        assertThat(JdbcRegistryComponent.ownedByThisProcess("jdbc:h2:tcp://localhost/~/occi")).isFalse();
        assertThat(JdbcRegistryComponent.ownedByThisProcess("jdbc:h2:ssl://localhost/~/occi")).isFalse();
        assertThat(JdbcRegistryComponent.ownedByThisProcess("jdbc:h2:file:/tmp/occi;AUTO_SERVER=TRUE")).isFalse();
        assertThat(JdbcRegistryComponent.ownedByThisProcess("jdbc:postgresql://127.0.0.1:5432/occi_test")).isFalse();
    }

    private static long count(Entity entity) {
        return ((Number) entity.attributes().get("test.count")).longValue();
    }

    private Resource resource(String path) {
        return new Resource(UUID.randomUUID().toString(), root + path, kind, List.of(), Map.of(), null, null, 0);
    }

    private Link link(String path, String source) {
        return new Link(UUID.randomUUID().toString(), root + path, linkKind, List.of(), Map.of(), null, source,
                "http://example.org/", null, 0);
    }

    @SuppressWarnings("unchecked")
    private <E extends Entity> E create(E entity) {
        return (E) registry.commit(List.of(Change.create(entity)), alice).get(0);
    }

    private Entity update(Entity entity) {
        long version = registry.get(entity.location(), alice).orElseThrow().version();
        return registry.commit(List.of(Change.put(entity, version)), alice).get(0);
    }

    private String title(Entity entity) {
        return registry.get(entity.location(), alice).orElseThrow().title();
    }

    private static List<String> locations(List<Link> links) {
        return links.stream().map(Link::location).toList();
    }

    private static void sql(String statement, String parameter) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement update = connection.prepareStatement(statement)) {
            update.setString(1, parameter);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
