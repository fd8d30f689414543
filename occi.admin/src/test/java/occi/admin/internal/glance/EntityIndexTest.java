package occi.admin.internal.glance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Resource;
import occi.api.backend.EntityQuery;
import occi.api.backend.EntityStore;
import occi.api.backend.Page;
import occi.api.backend.RequestContext;
import org.junit.jupiter.api.Test;

/** The console's entity reads: filter, paging over the registry and a store, counts per kind and state. */
class EntityIndexTest {

    static final String INFRA = "http://schemas.ogf.org/occi/infrastructure#";
    static final Kind COMPUTE = new Kind(CategoryId.parse(INFRA + "compute"), "Compute", Core.RESOURCE.id(), Kind.attributes(
            AttributeDefinition.builder("occi.compute.state", AttributeType.ENUM).values("active", "inactive", "suspended", "error")
                    .build()), List.of(), "/compute/");
    static final Kind NODE = new Kind(CategoryId.parse("http://confine.example/occi#node"), "Node", Core.RESOURCE.id(),
            Kind.attributes(AttributeDefinition.builder("confine.node.set_state", AttributeType.STRING).build()), List.of(),
            "/testbed/node/");
    static final Kind NETWORK = new Kind(CategoryId.parse(INFRA + "network"), "Network", Core.RESOURCE.id(), Map.of(), List.of(),
            "/network/");

    final SortedRegistry registry = new SortedRegistry();
    final NodeStore store = new NodeStore();
    final EntityIndex index = new EntityIndex(() -> Optional.of(registry), () -> List.of(store), () -> List.of(COMPUTE, NODE, NETWORK),
            () -> RequestContext.anonymous(URI.create("http://127.0.0.1/")));

    /** An entity store with CONFINE-like nodes below /testbed/node/. */
    static final class NodeStore implements EntityStore {
        final SortedRegistry nodes = new SortedRegistry();

        @Override
        public Collection<? extends Category> categories() {
            return List.of(NODE);
        }

        @Override
        public boolean owns(String location) {
            return location.startsWith("/testbed/");
        }

        @Override
        public Optional<Entity> find(String location, RequestContext request) {
            return nodes.get(location, request);
        }

        @Override
        public Page<Entity> query(EntityQuery query, RequestContext request) {
            return nodes.query(query, request);
        }

        @Override
        public Entity store(Entity entity, RequestContext request) {
            return entity;
        }

        @Override
        public void remove(Entity entity, RequestContext request) {
            // read only here
        }
    }

    static Resource compute(int n, String state) {
        return new Resource("c" + n, String.format("/compute/%05d", n), COMPUTE.id(), List.of(),
                state == null ? Map.of() : Map.of("occi.compute.state", state), "vm " + n, null, 1);
    }

    static Resource node(int n, String state) {
        return new Resource("n" + n, "/testbed/node/" + n, NODE.id(), List.of(), Map.of("confine.node.set_state", state),
                "node " + n, null, 1);
    }

    void seed(int computes) {
        for (int i = 0; i < computes; i++) {
            registry.put(compute(i, i % 3 == 0 ? "active" : i % 3 == 1 ? "inactive" : null));
        }
        store.nodes.put(node(1, "production"));
        store.nodes.put(node(2, "production"));
        store.nodes.put(node(3, "safe"));
    }

    @Test
    void countsPerKindAndPerStateWithoutReadingEntitiesOfEnumStates() {
        seed(9);
        EntityIndex.Counts counts = index.counts(index.kinds());

        assertThat(counts.perKind()).containsEntry(COMPUTE.id().toString(), 9L).containsEntry(NODE.id().toString(), 3L)
                .containsEntry(NETWORK.id().toString(), 0L).containsEntry(Core.RESOURCE.id().toString(), 0L);
        assertThat(counts.perState().get(COMPUTE.id().toString())).containsExactly(Map.entry("active", 3L),
                Map.entry("inactive", 3L), Map.entry("", 3L));
        // a state without a list of values is counted by reading the kind's entities (few: a testbed's nodes)
        assertThat(counts.perState().get(NODE.id().toString())).containsOnly(Map.entry("production", 2L), Map.entry("safe", 1L));
        assertThat(registry.handedOut).as("computes read to count them").hasValue(0);
        assertThat(counts.perState()).doesNotContainKey(NETWORK.id().toString());
    }

    @Test
    void pagesThroughTheRegistryThenTheStore() {
        seed(9);
        KindStates kinds = index.kinds();
        EntityIndex.Listing first = index.list(new EntityFilter("", "", "", 1, 5), kinds);
        assertThat(first.total()).isEqualTo(12);
        assertThat(first.rows()).extracting(EntityIndex.Row::location)
                .containsExactly("/compute/00000", "/compute/00001", "/compute/00002", "/compute/00003", "/compute/00004");
        assertThat(first.rows().get(0)).satisfies(row -> {
            assertThat(row.title()).isEqualTo("vm 0");
            assertThat(row.state()).isEqualTo("active");
            assertThat(row.kind()).isEqualTo(COMPUTE.id().toString());
        });
        EntityIndex.Listing second = index.list(new EntityFilter("", "", "", 2, 5), kinds);
        assertThat(second.rows()).extracting(EntityIndex.Row::location).containsExactly("/compute/00005", "/compute/00006",
                "/compute/00007", "/compute/00008", "/testbed/node/1");
        EntityIndex.Listing third = index.list(new EntityFilter("", "", "", 3, 5), kinds);
        assertThat(third.rows()).extracting(EntityIndex.Row::location).containsExactly("/testbed/node/2", "/testbed/node/3");
        assertThat(third.rows().get(1).state()).isEqualTo("safe");
        assertThat(index.list(new EntityFilter("", "", "", 9, 5), kinds).rows()).isEmpty();
    }

    @Test
    void filtersByKindStateTitleAndLocation() {
        seed(9);
        KindStates kinds = index.kinds();
        assertThat(index.list(new EntityFilter(NODE.id().toString(), "", "", 1, 50), kinds).total()).isEqualTo(3);
        assertThat(index.list(new EntityFilter("", "occi.compute.state=inactive", "", 1, 50), kinds).rows())
                .extracting(EntityIndex.Row::location).containsExactly("/compute/00001", "/compute/00004", "/compute/00007");
        assertThat(index.list(new EntityFilter("", "", "vm 5", 1, 50), kinds).rows()).extracting(EntityIndex.Row::title)
                .containsExactly("vm 5");
        assertThat(index.list(new EntityFilter("", "", "/testbed/", 1, 50), kinds).rows()).extracting(EntityIndex.Row::location)
                .containsExactly("/testbed/node/1", "/testbed/node/2", "/testbed/node/3");
        // the resource kind's collection holds its sub-kinds' entities
        assertThat(index.list(new EntityFilter(Core.RESOURCE.id().toString(), "", "", 1, 50), kinds).total()).isEqualTo(12);
    }

    @Test
    void anUnknownKindOrAMalformedStateIsSaidPlainly() {
        KindStates kinds = index.kinds();
        assertThatThrownBy(() -> index.list(new EntityFilter("http://nowhere#thing", "", "", 1, 5), kinds))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("no kind http://nowhere#thing");
        assertThatThrownBy(() -> index.list(new EntityFilter("", "active", "", 1, 5), kinds))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attribute=value");
    }

    @Test
    void theFilterReadsThePagesQueryParameters() {
        EntityFilter filter = EntityFilter.of(Map.of("kind", new String[] {" k "}, "page", new String[] {"x"}, "q",
                new String[] {"web"}), 25);
        assertThat(filter).isEqualTo(new EntityFilter("k", "", "web", 1, 25));
        assertThat(EntityFilter.of(Map.of("page", new String[] {"3"}), 25).page()).isEqualTo(3);
        assertThat(EntityFilter.of(Map.of("page", new String[] {"-3"}), 25).page()).isEqualTo(1);
    }

    /**
     * 100 000 entities: the counts and a deep page cost count queries and one page, not a
     * walk of everything (the time is the registry's counting: this one scans, a JDBC
     * registry counts in SQL; container.itest's GlancePageTest measures that).
     */
    @Test
    void aHundredThousandEntitiesAreCountedAndPagedWithoutHandingThemAllOut() {
        for (int i = 0; i < 100_000; i++) {
            registry.put(compute(i, i % 2 == 0 ? "active" : "inactive"));
        }
        KindStates kinds = index.kinds();
        EntityIndex.Counts counts = index.counts(kinds);
        EntityIndex.Listing page = index.list(new EntityFilter("", "", "", 1_000, 50), kinds);
        assertThat(counts.perState().get(COMPUTE.id().toString())).containsEntry("active", 50_000L).containsEntry("inactive", 50_000L);
        assertThat(page.total()).isEqualTo(100_000);
        assertThat(page.rows()).hasSize(50).first().extracting(EntityIndex.Row::location).isEqualTo("/compute/49950");
        assertThat(registry.handedOut).as("entities handed out: one page").hasValue(50);
    }
}
