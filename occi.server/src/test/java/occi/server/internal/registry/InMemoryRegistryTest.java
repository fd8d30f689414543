package occi.server.internal.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.RequestContext;
import org.junit.jupiter.api.Test;

class InMemoryRegistryTest {

    private static final RequestContext ANONYMOUS = RequestContext.anonymous(URI.create("http://h/"));
    private static final CategoryId COMPUTE = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute");

    private final InMemoryRegistry registry = new InMemoryRegistry();

    private static Resource vm(String id, Map<String, Object> attributes) {
        return new Resource(id, "/compute/" + id, COMPUTE, List.of(), attributes, null, null, 0);
    }

    private Entity create(Entity entity) {
        return registry.commit(List.of(Change.create(entity)), ANONYMOUS).get(0);
    }

    @Test
    void aCommitStampsOneNewVersionOnEveryEntityItStores() {
        List<Entity> stored = registry.commit(List.of(Change.create(vm("a", Map.of())), Change.create(vm("b", Map.of()))), ANONYMOUS);
        assertThat(stored).extracting(Entity::version).containsExactly(1L, 1L);
        assertThat(create(vm("c", Map.of())).version()).isEqualTo(2L);
    }

    @Test
    void aFailedCommitLeavesEverythingAsItWas() {
        Entity a = create(vm("a", Map.of("n", 1)));
        assertThatThrownBy(() -> registry.commit(List.of(Change.put(vm("a", Map.of("n", 2)), a.version()),
                Change.create(vm("a2", Map.of())), Change.put(vm("a", Map.of("n", 3)), 99)), ANONYMOUS))
                .isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.status()).isEqualTo(412));
        assertThat(registry.get("/compute/a", ANONYMOUS).orElseThrow().attributes()).containsEntry("n", 1L);
        assertThat(registry.get("/compute/a2", ANONYMOUS)).isEmpty();
    }

    @Test
    void aCreateOnATakenLocationIs409AndAStaleWriteIs412() {
        Entity a = create(vm("a", Map.of()));
        assertThatThrownBy(() -> create(vm("a", Map.of()))).hasFieldOrPropertyWithValue("status", 409);
        registry.commit(List.of(Change.put(a.withAttributes(Map.of("n", 1)), a.version())), ANONYMOUS);
        assertThatThrownBy(() -> registry.commit(List.of(Change.remove(a.location(), a.version())), ANONYMOUS))
                .hasFieldOrPropertyWithValue("status", 412);
        registry.commit(List.of(Change.remove(a.location(), Change.ANY_VERSION)), ANONYMOUS);
        assertThat(registry.get(a.location(), ANONYMOUS)).isEmpty();
        assertThat(create(vm("a", Map.of())).version()).isGreaterThan(a.version());
    }

    @Test
    void queriesFilterOnEveryAttributeGivenAndPageInLocationOrder() {
        create(vm("c", Map.of("cores", 2, "host", "gamma")));
        create(vm("a", Map.of("cores", 2, "host", "alpha")));
        create(vm("b", Map.of("cores", 4, "host", "beta")));

        EntityQuery twoAttributes = new EntityQuery("/", List.of(), Map.of("cores", 2L, "host", "alpha"), null, Entity.class, 0, 10);
        assertThat(registry.query(twoAttributes, ANONYMOUS).items()).extracting(Entity::id).containsExactly("a");
        EntityQuery cores = new EntityQuery("/", List.of(Set.of(COMPUTE)), Map.of("cores", new java.math.BigDecimal("2.0")), null,
                Resource.class, 0, 10);
        assertThat(registry.query(cores, ANONYMOUS).items()).extracting(Entity::id).containsExactly("a", "c");
        assertThat(registry.query(new EntityQuery("/", List.of(), Map.of(), "ETA", Entity.class, 0, 10), ANONYMOUS).items())
                .extracting(Entity::id).containsExactly("b");
        var page = registry.query(EntityQuery.below("/compute/", 2).page(1, 2), ANONYMOUS);
        assertThat(page.items()).extracting(Entity::id).containsExactly("b", "c");
        assertThat(page.total()).isEqualTo(3);
        assertThat(registry.query(EntityQuery.below("/network/", 2), ANONYMOUS).total()).isZero();
        assertThat(registry.query(new EntityQuery("/", List.of(), Map.of(Core.ID, "b"), null, Entity.class, 0, 10), ANONYMOUS).items())
                .hasSize(1);
    }

    @Test
    void linksAreFoundFromTheirSource() {
        create(vm("a", Map.of()));
        Link link = new Link("l1", "/link/l1", Core.LINK.id(), List.of(), Map.of(), null, "/compute/a", "http://elsewhere/x", null, 0);
        create(link);
        assertThat(registry.linksFrom("/compute/a", ANONYMOUS)).extracting(Link::id).containsExactly("l1");
        registry.commit(List.of(Change.remove("/link/l1", Change.ANY_VERSION)), ANONYMOUS);
        assertThat(registry.linksFrom("/compute/a", ANONYMOUS)).isEmpty();
    }

    @Test
    void userMixinsBelongToTheirOwnerAndAnonymousCallersShareOneNamespace() {
        RequestContext alice = new RequestContext("alice", Map.of(), URI.create("http://h/"));
        Mixin tag = Mixin.tag(CategoryId.parse("http://me#tag"), null, "/tag/");
        registry.addUserMixins(List.of(tag), alice);
        assertThat(registry.userMixins(alice)).containsExactly(tag);
        assertThat(registry.userMixins(ANONYMOUS)).isEmpty();
        registry.addUserMixins(List.of(tag), ANONYMOUS);
        assertThat(registry.userMixins(RequestContext.anonymous(URI.create("http://other/")))).containsExactly(tag);
        assertThatThrownBy(() -> registry.addUserMixins(List.of(Mixin.tag(CategoryId.parse("http://me#other"), null, "/tag/")), alice))
                .hasFieldOrPropertyWithValue("status", 409);
        assertThat(registry.removeUserMixin(tag.id(), alice)).isTrue();
        assertThat(registry.removeUserMixin(tag.id(), alice)).isFalse();
        assertThat(registry.userMixins(ANONYMOUS)).containsExactly(tag);
    }

    @Test
    void concurrentCreatesLoseAndDuplicateNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    for (int i = 0; i < 250; i++) {
                        create(vm(thread + "-" + i, Map.of()));
                        registry.query(EntityQuery.below("/compute/", 5), ANONYMOUS);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        var all = registry.query(EntityQuery.below("/", Integer.MAX_VALUE), ANONYMOUS);
        assertThat(all.total()).isEqualTo(2000);
        assertThat(all.items()).extracting(Entity::version).doesNotHaveDuplicates();
    }
}
