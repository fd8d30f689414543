package occi.registry.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
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
import occi.api.backend.Page;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Registry}, as its javadoc states it: versioned, atomic commits;
 * queries filtered, ordered by location and paged with a total; links by source; user
 * mixins; every owner in a namespace of its own; and no lost or doubled writes under
 * concurrency. A registry passes when a subclass returning it passes.
 *
 * <p>Versions: a stored entity's version is positive, every change of it gives it a higher
 * one, and a location deleted and created again never gets back a version it had (so an
 * ETag is never reused). Text filters ({@code ?q=}) ignore case. Removing an absent entity
 * with {@link Change#ANY_VERSION} changes nothing.
 *
 * <p>Keyset paging: a query with {@link EntityQuery#after() after} lists only the matching
 * entities whose location is greater than the bound (stored or not), with every other
 * constraint and the offset applied, in the caller's namespace; its total may be
 * {@link Page#UNCOUNTED}.
 *
 * <p>Test methods are public so that a subclass can override one with {@code @Disabled} to
 * record, with its reason, a defect of the registry it tests that is not fixed yet.
 *
 * <p>Each test works below a path, with categories and principals of its own, so the
 * suite runs against a registry that keeps what earlier tests (or earlier runs) stored.
 */
public abstract class RegistryContract {

    private static final URI BASE = URI.create("http://127.0.0.1/");
    private static final int THREADS = 8;

    private Registry registry;
    private Registry other;
    private String root;
    private CategoryId vm;
    private CategoryId disk;
    private CategoryId nic;
    private CategoryId small;
    private CategoryId large;
    private RequestContext anonymous;
    private RequestContext alice;
    private RequestContext bob;

    /** The registry under test, called before every test. */
    protected abstract Registry registry();

    /**
     * A second registry on the same storage, as another container sharing it behind a load
     * balancer would have; the concurrency tests send half their clients to it. By default
     * the registry under test itself.
     */
    protected Registry otherContainer() {
        return registry();
    }

    @BeforeEach
    void prepare() {
        registry = registry();
        other = otherContainer();
        String run = UUID.randomUUID().toString().substring(0, 8);
        root = "/contract-" + run + "/";
        String scheme = "http://contract.test/" + run + "#";
        vm = new CategoryId(scheme, "vm");
        disk = new CategoryId(scheme, "disk");
        nic = new CategoryId(scheme, "nic");
        small = new CategoryId(scheme, "small");
        large = new CategoryId(scheme, "large");
        anonymous = RequestContext.anonymous(BASE);
        alice = new RequestContext("alice-" + run, Map.of(), BASE);
        bob = new RequestContext("bob-" + run, Map.of(), BASE);
    }

    // ---- create, read, update, remove ----

    @Test
    public void aCreatedResourceReadsBackAsStored() {
        Resource vm1 = resource("vm/1", vm).withTitle("first").withSummary("a small machine")
                .withAttributes(Map.of("test.cores", 2L, "test.name", "alpha"))
                .withMixins(List.of(large, small));

        List<Entity> stored = registry.commit(List.of(Change.create(vm1)), anonymous);

        assertThat(stored).singleElement().satisfies(e -> assertThat(e.version()).isPositive());
        assertThat(stored).containsExactly(vm1.withVersion(stored.get(0).version()));
        assertThat(registry.get(vm1.location(), anonymous)).contains(stored.get(0));
    }

    @Test
    public void attributeValuesKeepTheirCanonicalTypes() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("test.string", "text with 'quotes' and \"double\" ones, ünïcödé");
        attributes.put("test.integer", Long.MAX_VALUE);
        attributes.put("test.whole-number", new BigDecimal("2"));
        attributes.put("test.number", new BigDecimal("2.50"));
        attributes.put("test.big", new BigDecimal("1E+3"));
        attributes.put("test.boolean", true);
        attributes.put("test.array", List.of("a", 1L, new BigDecimal("0.5"), false));
        attributes.put("test.object", Map.of("nested", Map.of("deep", List.of(1L, 2L)), "flag", false));
        Resource vm1 = resource("vm/types", vm).withAttributes(attributes);

        registry.commit(List.of(Change.create(vm1)), anonymous);

        Entity read = registry.get(vm1.location(), anonymous).orElseThrow();
        assertThat(read.attributes()).isEqualTo(vm1.attributes());
        assertThat(read.attributes().get("test.whole-number")).isInstanceOf(BigDecimal.class);
        assertThat(read.attributes().get("test.integer")).isInstanceOf(Long.class);
        assertThat(new ArrayList<>(read.attributes().keySet())).containsExactlyElementsOf(attributes.keySet());
    }

    @Test
    public void aLinkKeepsItsSourceTargetAndTargetKind() {
        Resource source = resource("vm/src", vm);
        Link local = link("nic/1", nic, source.location(), root + "disk/1", disk).withTitle("local");
        Link external = link("nic/2", nic, source.location(), "http://example.org/elsewhere", null);

        List<Entity> stored = registry.commit(List.of(Change.create(source), Change.create(local), Change.create(external)),
                anonymous);

        assertThat(registry.get(local.location(), anonymous)).contains(stored.get(1));
        assertThat(registry.get(external.location(), anonymous)).contains(stored.get(2));
        assertThat(stored.get(1)).isEqualTo(local.withVersion(stored.get(1).version()));
    }

    @Test
    public void getOfAnUnknownLocationIsEmpty() {
        assertThat(registry.get(root + "nothing/here", anonymous)).isEmpty();
    }

    @Test
    public void creatingAtATakenLocationIs409AndKeepsTheFirst() {
        Resource first = stored(resource("vm/taken", vm).withTitle("first"));

        assertStatus(409, () -> registry.commit(List.of(Change.create(first.withTitle("second"))), anonymous));

        assertThat(registry.get(first.location(), anonymous)).contains(first);
    }

    @Test
    public void anUpdateWithTheCurrentVersionGivesAHigherOne() {
        Resource vm1 = stored(resource("vm/u", vm).withTitle("v1"));

        List<Entity> updated = registry.commit(List.of(Change.put(vm1.withTitle("v2").withMixins(List.of(small)),
                vm1.version())), anonymous);

        assertThat(updated).singleElement().satisfies(e -> {
            assertThat(e.version()).isGreaterThan(vm1.version());
            assertThat(e.title()).isEqualTo("v2");
        });
        assertThat(registry.get(vm1.location(), anonymous))
                .contains(vm1.withTitle("v2").withMixins(List.of(small)).withVersion(updated.get(0).version()));
    }

    @Test
    public void anUpdateWithAStaleVersionIs412AndChangesNothing() {
        Resource vm1 = stored(resource("vm/stale", vm).withTitle("v1"));
        registry.commit(List.of(Change.put(vm1.withTitle("v2"), vm1.version())), anonymous);

        assertStatus(412, () -> registry.commit(List.of(Change.put(vm1.withTitle("v3"), vm1.version())), anonymous));

        assertThat(registry.get(vm1.location(), anonymous).map(Entity::title)).contains("v2");
    }

    @Test
    public void anUpdateExpectingAVersionOfAnAbsentEntityIs412() {
        assertStatus(412, () -> registry.commit(List.of(Change.put(resource("vm/ghost", vm), 3)), anonymous));
        assertStatus(412, () -> registry.commit(List.of(Change.remove(root + "vm/ghost", 3)), anonymous));
        assertThat(registry.get(root + "vm/ghost", anonymous)).isEmpty();
    }

    @Test
    public void aPutWithAnyVersionCreatesOrReplaces() {
        Resource vm1 = resource("vm/any", vm).withTitle("created");

        Entity created = registry.commit(List.of(Change.put(vm1, Change.ANY_VERSION)), anonymous).get(0);
        Entity replaced = registry.commit(List.of(Change.put(vm1.withTitle("replaced"), Change.ANY_VERSION)), anonymous).get(0);

        assertThat(created.version()).isPositive();
        assertThat(replaced.version()).isGreaterThan(created.version());
        assertThat(registry.get(vm1.location(), anonymous)).contains(replaced);
    }

    @Test
    public void removeWithTheCurrentVersionRemovesAndAStaleOneIs412() {
        Resource vm1 = stored(resource("vm/r", vm));
        Entity v2 = registry.commit(List.of(Change.put(vm1.withTitle("v2"), vm1.version())), anonymous).get(0);

        assertStatus(412, () -> registry.commit(List.of(Change.remove(vm1.location(), vm1.version())), anonymous));
        assertThat(registry.get(vm1.location(), anonymous)).isPresent();

        assertThat(registry.commit(List.of(Change.remove(vm1.location(), v2.version())), anonymous)).isEmpty();
        assertThat(registry.get(vm1.location(), anonymous)).isEmpty();
    }

    @Test
    public void removeWithAnyVersionRemoves() {
        Resource vm1 = stored(resource("vm/r-any", vm));

        registry.commit(List.of(Change.remove(vm1.location(), Change.ANY_VERSION)), anonymous);

        assertThat(registry.get(vm1.location(), anonymous)).isEmpty();
        assertThat(registry.commit(List.of(Change.remove(vm1.location(), Change.ANY_VERSION)), anonymous)).isEmpty();
    }

    @Test
    public void aLocationCreatedAgainNeverGetsBackAnOldVersion() {
        Resource vm1 = resource("vm/again", vm);
        List<Long> versions = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            Entity created = registry.commit(List.of(Change.create(vm1)), anonymous).get(0);
            Entity updated = registry.commit(List.of(Change.put(created.withTitle("x"), created.version())), anonymous).get(0);
            versions.add(created.version());
            versions.add(updated.version());
            registry.commit(List.of(Change.remove(vm1.location(), updated.version())), anonymous);
        }

        assertThat(versions).doesNotHaveDuplicates();
    }

    @Test
    public void aCommitReturnsThePutsInOrderWithTheirVersions() {
        Resource existing = stored(resource("vm/order-b", vm));
        Resource gone = stored(resource("vm/order-gone", vm));
        Resource created = resource("vm/order-a", vm);

        List<Entity> result = registry.commit(List.of(Change.put(existing.withTitle("x"), existing.version()),
                Change.remove(gone.location(), gone.version()), Change.create(created)), anonymous);

        assertThat(result).hasSize(2);
        assertThat(result.get(0)).isEqualTo(existing.withTitle("x").withVersion(result.get(0).version()));
        assertThat(result.get(0).version()).isGreaterThan(existing.version());
        assertThat(result.get(1)).isEqualTo(created.withVersion(result.get(1).version()));
        assertThat(registry.get(gone.location(), anonymous)).isEmpty();
    }

    @Test
    public void aCommitIsAllOrNothing() {
        Resource taken = stored(resource("vm/all-taken", vm));
        Resource updated = stored(resource("vm/all-updated", vm).withTitle("before"));
        Resource removed = stored(resource("vm/all-removed", vm));
        Resource fresh = resource("vm/all-fresh", vm);

        assertStatus(409, () -> registry.commit(List.of(Change.create(fresh), Change.put(updated.withTitle("after"),
                updated.version()), Change.remove(removed.location(), removed.version()), Change.create(taken)), anonymous));
        assertStatus(412, () -> registry.commit(List.of(Change.create(fresh), Change.put(updated.withTitle("after"),
                updated.version()), Change.remove(removed.location(), removed.version() + 1000)), anonymous));

        assertThat(registry.get(fresh.location(), anonymous)).isEmpty();
        assertThat(registry.get(updated.location(), anonymous)).contains(updated);
        assertThat(registry.get(removed.location(), anonymous)).contains(removed);
    }

    // ---- queries ----

    @Test
    public void aQueryListsBelowItsPathInLocationOrderWithTheTotal() {
        List<String> names = List.of("b", "a", "c", "a0", "B", "a-1", "a_1", "a%");
        names.forEach(name -> stored(resource("vm/" + name, vm)));
        stored(resource("other/x", vm));

        Page<Entity> page = registry.query(EntityQuery.below(root + "vm/", 100), anonymous);

        List<String> expected = names.stream().map(name -> root + "vm/" + name).sorted().toList();
        assertThat(page.items()).extracting(Entity::location).containsExactlyElementsOf(expected);
        assertThat(page.total()).isEqualTo(names.size());
    }

    @Test
    public void aPathPrefixIsTakenLiterallyNotAsAPattern() {
        stored(resource("v_/1", vm));
        stored(resource("va/1", vm));
        stored(resource("v%/1", vm));

        assertThat(registry.query(EntityQuery.below(root + "v_/", 10), anonymous).items())
                .extracting(Entity::location).containsExactly(root + "v_/1");
        assertThat(registry.query(EntityQuery.below(root + "v%/", 10), anonymous).items())
                .extracting(Entity::location).containsExactly(root + "v%/1");
    }

    @Test
    public void pagesFollowOneAnotherWithoutGapsOrRepeats() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            all.add(stored(resource("vm/" + String.format("%03d", (i * 7) % 23), vm)).location());
        }
        Collections.sort(all);
        EntityQuery query = EntityQuery.below(root + "vm/", 5);

        List<String> paged = new ArrayList<>();
        for (long offset = 0; offset < 30; offset += 5) {
            Page<Entity> page = registry.query(query.page(offset, 5), anonymous);
            assertThat(page.total()).isEqualTo(23);
            page.items().forEach(e -> paged.add(e.location()));
        }

        assertThat(paged).containsExactlyElementsOf(all);
        assertThat(registry.query(query.page(2, 3), anonymous).items()).extracting(Entity::location)
                .containsExactlyElementsOf(all.subList(2, 5));
        assertThat(registry.query(query.page(100, 5), anonymous)).isEqualTo(new Page<>(List.of(), 23));
        assertThat(registry.query(query.page(0, 0), anonymous)).isEqualTo(new Page<>(List.of(), 23));
    }

    @Test
    public void anOffsetCountsTheEntitiesThatMatchNow() {
        for (int i = 10; i < 20; i++) {
            stored(resource("vm/" + i, vm));
        }
        EntityQuery query = EntityQuery.below(root + "vm/", 5);
        assertThat(registry.query(query, anonymous).items()).extracting(Entity::location).last().isEqualTo(root + "vm/14");

        stored(resource("vm/00", vm));
        registry.commit(List.of(Change.remove(root + "vm/19", Change.ANY_VERSION)), anonymous);

        Page<Entity> second = registry.query(query.page(5, 5), anonymous);
        assertThat(second.items()).extracting(Entity::location).containsExactly(
                root + "vm/14", root + "vm/15", root + "vm/16", root + "vm/17", root + "vm/18");
        assertThat(second.total()).isEqualTo(10);
    }

    // ---- keyset paging (EntityQuery.after) ----

    @Test
    public void chunksAfterTheLastLocationWalkAListingWithoutGapsOrRepeats() {
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            all.add(stored(resource("vm/" + String.format("%03d", (i * 7) % 23), vm)).location());
        }
        stored(resource("other/x", vm));
        Collections.sort(all);
        EntityQuery query = EntityQuery.below(root + "vm/", 5);

        List<String> walked = walk(query, 5);

        assertThat(walked).containsExactlyElementsOf(all);
    }

    @Test
    public void aChunkAfterALocationStartsAtTheNextGreaterOneStoredOrNot() {
        for (String name : List.of("b", "a", "c", "a0", "B", "a-1", "a_1", "a%")) {
            stored(resource("vm/" + name, vm));
        }
        EntityQuery query = EntityQuery.below(root + "vm/", 100);

        assertThat(locations(registry.query(query.after(root + "vm/a"), anonymous), 100))
                .containsExactly(root + "vm/a%", root + "vm/a-1", root + "vm/a0", root + "vm/a_1", root + "vm/b", root + "vm/c");
        assertThat(locations(registry.query(query.after(root + "vm/a+"), anonymous), 100))
                .containsExactly(root + "vm/a-1", root + "vm/a0", root + "vm/a_1", root + "vm/b", root + "vm/c");
        assertThat(locations(registry.query(query.after(root + "vm/c"), anonymous), 100)).isEmpty();
        assertThat(locations(registry.query(query.after(root + "vm/"), anonymous), 100)).hasSize(8);
        assertThat(locations(registry.query(query.after(root + "vm/a").page(2, 2), anonymous), 100))
                .containsExactly(root + "vm/a0", root + "vm/a_1");
        assertThat(registry.query(query.after(root + "vm/a").page(0, 0), anonymous).items()).isEmpty();
    }

    @Test
    public void chunksAfterALocationKeepEveryConstraintOfTheQuery() {
        List<String> tagged = new ArrayList<>();
        List<String> ofKind = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            boolean small = i % 3 == 0;
            Resource r = stored(resource("h/" + String.format("%02d", i), i % 4 == 1 ? disk : vm)
                    .withMixins(small ? List.of(this.small) : List.of())
                    .withAttributes(Map.of("test.even", i % 2 == 0)));
            if (small) {
                tagged.add(r.location());
            }
            if (r.kind().equals(vm)) {
                ofKind.add(r.location());
            }
        }
        stored(link("h/l", nic, root + "h/00", root + "h/01", vm));

        assertThat(walk(new EntityQuery(root, List.of(Set.of(vm)), Map.of(), null, Resource.class, 0, 2), 2))
                .containsExactlyElementsOf(ofKind);
        assertThat(walk(new EntityQuery(root, List.of(Set.of(small)), Map.of(), null, Entity.class, 0, 2), 2))
                .containsExactlyElementsOf(tagged);
        assertThat(walk(new EntityQuery(root, List.of(Set.of(vm, disk), Set.of(small)), Map.of(), null, Entity.class, 0, 1), 1))
                .containsExactlyElementsOf(tagged);
        assertThat(walk(new EntityQuery(root, List.of(), Map.of("test.even", true), null, Resource.class, 0, 2), 2))
                .containsExactly(root + "h/00", root + "h/02", root + "h/04", root + "h/06", root + "h/08", root + "h/10");
        assertThat(walk(new EntityQuery(root, List.of(), Map.of(), null, Link.class, 0, 2), 2)).containsExactly(root + "h/l");
    }

    @Test
    public void aChunkAfterALocationIsNotDisturbedByChangesBeforeIt() {
        for (int i = 10; i < 20; i++) {
            stored(resource("vm/" + i, vm));
        }
        EntityQuery query = EntityQuery.below(root + "vm/", 5);
        List<Entity> first = registry.query(query, anonymous).items();
        String last = first.get(first.size() - 1).location();

        stored(resource("vm/00", vm));
        registry.commit(List.of(Change.remove(root + "vm/10", Change.ANY_VERSION)), anonymous);

        assertThat(locations(registry.query(query.after(last), anonymous), 5)).containsExactly(
                root + "vm/15", root + "vm/16", root + "vm/17", root + "vm/18", root + "vm/19");
    }

    @Test
    public void aChunkAfterALocationSeesOnlyTheCallersNamespace() {
        stored(resource("n/1", vm));
        registry.commit(List.of(Change.create(resource("n/2", vm))), alice);

        assertThat(locations(registry.query(EntityQuery.below(root + "n/", 10).after(root + "n/0"), anonymous), 10))
                .containsExactly(root + "n/1");
        assertThat(locations(registry.query(EntityQuery.below(root + "n/", 10).after(root + "n/0"), alice), 10))
                .containsExactly(root + "n/2");
        assertThat(locations(registry.query(EntityQuery.below(root + "n/", 10).after(root + "n/0"), bob), 10)).isEmpty();
    }

    /** Walks a query by keyset chunks of a size, as the server lists a collection. */
    private List<String> walk(EntityQuery query, int chunk) {
        List<String> walked = new ArrayList<>();
        Page<Entity> page = registry.query(query.page(0, chunk), anonymous);
        long total = page.total();
        for (int guard = 0; guard < 1000; guard++) {
            page.items().forEach(e -> walked.add(e.location()));
            if (page.items().size() < chunk) {
                assertThat(walked).hasSize((int) total);
                return walked;
            }
            page = registry.query(query.after(walked.get(walked.size() - 1)).page(0, chunk), anonymous);
            assertThat(page.items()).hasSizeLessThanOrEqualTo(chunk);
        }
        throw new AssertionError("a keyset walk did not end: " + walked);
    }

    /** The locations of a keyset page, whose total is uncounted or counts what matches after the bound. */
    private static List<String> locations(Page<Entity> page, int limit) {
        assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
        if (page.total() != Page.UNCOUNTED) {
            assertThat(page.total()).isGreaterThanOrEqualTo(page.items().size());
        }
        return page.items().stream().map(Entity::location).toList();
    }

    @Test
    public void categoryConstraintsMatchTheKindOrAMixinAndAllMustHold() {
        Resource plain = stored(resource("e/plain", vm));
        Resource tagged = stored(resource("e/tagged", vm).withMixins(List.of(small)));
        Resource bothTags = stored(resource("e/both", vm).withMixins(List.of(large, small)));
        Resource aDisk = stored(resource("e/disk", disk).withMixins(List.of(large)));

        assertThat(locations(query(List.of(Set.of(vm))))).containsExactly(
                bothTags.location(), plain.location(), tagged.location());
        assertThat(locations(query(List.of(Set.of(vm, disk))))).hasSize(4);
        assertThat(locations(query(List.of(Set.of(large))))).containsExactly(bothTags.location(), aDisk.location());
        assertThat(locations(query(List.of(Set.of(vm), Set.of(large))))).containsExactly(bothTags.location());
        assertThat(locations(query(List.of(Set.of(disk), Set.of(small))))).isEmpty();
        assertThat(query(List.of(Set.of(vm), Set.of(small, large))).total()).isEqualTo(2);

        registry.commit(List.of(Change.remove(plain.location(), plain.version()),
                Change.put(tagged.withMixins(List.of()), tagged.version())), anonymous);
        assertThat(locations(query(List.of(Set.of(vm))))).containsExactly(bothTags.location(), tagged.location());
        assertThat(locations(query(List.of(Set.of(small))))).containsExactly(bothTags.location());
    }

    @Test
    public void attributeFiltersCompareValuesIncludingCoreAttributes() {
        Resource a = stored(resource("f/a", vm).withTitle("alpha").withSummary("sum-a")
                .withAttributes(Map.of("test.cores", 2L, "test.state", "active", "test.ratio", new BigDecimal("0.5"))));
        Resource b = stored(resource("f/b", vm).withTitle("beta")
                .withAttributes(Map.of("test.cores", 4L, "test.state", "active", "test.on", true)));
        stored(resource("f/c", vm).withAttributes(Map.of("test.cores", 2L, "test.state", "inactive")));

        assertThat(locations(attributes(Map.of("test.state", "active")))).containsExactly(a.location(), b.location());
        assertThat(locations(attributes(Map.of("test.state", "active", "test.cores", 2L)))).containsExactly(a.location());
        assertThat(locations(attributes(Map.of("test.ratio", new BigDecimal("0.5"))))).containsExactly(a.location());
        assertThat(locations(attributes(Map.of("test.on", true)))).containsExactly(b.location());
        assertThat(locations(attributes(Map.of(Core.TITLE, "beta")))).containsExactly(b.location());
        assertThat(locations(attributes(Map.of(Core.SUMMARY, "sum-a")))).containsExactly(a.location());
        assertThat(locations(attributes(Map.of(Core.ID, a.id())))).containsExactly(a.location());
        assertThat(locations(attributes(Map.of("test.state", "act")))).isEmpty();
        assertThat(locations(attributes(Map.of("test.missing", "active")))).isEmpty();
    }

    @Test
    public void linksFilterBySourceAndTargetAttributes() {
        Resource src = stored(resource("g/src", vm));
        Link one = stored(link("g/l1", nic, src.location(), root + "g/t1", vm));
        stored(link("g/l2", nic, src.location(), root + "g/t2", vm));

        assertThat(locations(attributes(Map.of(Core.TARGET, root + "g/t1")))).containsExactly(one.location());
        assertThat(attributes(Map.of(Core.SOURCE, src.location())).total()).isEqualTo(2);
    }

    @Test
    public void textMatchesAPartOfAnyAttributeValueIgnoringCase() {
        Resource a = stored(resource("t/a", vm).withTitle("Web server").withAttributes(Map.of("test.host", "alpha.example.org")));
        Resource b = stored(resource("t/b", vm).withSummary("runs the web site"));
        stored(resource("t/c", vm).withAttributes(Map.of("test.host", "beta.example.net")));

        assertThat(locations(text("example.org"))).containsExactly(a.location());
        assertThat(locations(text("web"))).containsExactly(a.location(), b.location());
        assertThat(locations(text("SITE"))).containsExactly(b.location());
        assertThat(locations(text("example."))).hasSize(2);
        assertThat(locations(text("100%"))).isEmpty();
    }

    @Test
    public void entityTypeSelectsResourcesOrLinks() {
        Resource src = stored(resource("k/src", vm));
        Link l = stored(link("k/link", nic, src.location(), "http://example.org/", null));

        assertThat(locations(ofType(Resource.class))).containsExactly(src.location());
        assertThat(locations(ofType(Link.class))).containsExactly(l.location());
        assertThat(locations(ofType(Entity.class))).containsExactly(l.location(), src.location());
    }

    @Test
    public void linksFromListsTheLinksOfOneResourceInLocationOrder() {
        Resource src = stored(resource("vm/with-links", vm));
        Resource other = stored(resource("vm/other", vm));
        Link second = stored(link("links/2", nic, src.location(), other.location(), vm));
        Link first = stored(link("links/1", nic, src.location(), "http://example.org/", null));
        stored(link("links/3", nic, other.location(), src.location(), vm));

        assertThat(registry.linksFrom(src.location(), anonymous)).containsExactly(first, second);
        assertThat(registry.linksFrom(root + "vm/no-such", anonymous)).isEmpty();
    }

    @Test
    public void mixinsKeepTheOrderTheyWereAppliedIn() {
        Resource vm1 = stored(resource("vm/mixins", vm).withMixins(List.of(small, large, disk)));

        assertThat(registry.get(vm1.location(), anonymous).orElseThrow().mixins()).containsExactly(small, large, disk);

        registry.commit(List.of(Change.put(vm1.withMixins(List.of(large)), vm1.version())), anonymous);
        assertThat(registry.get(vm1.location(), anonymous).orElseThrow().mixins()).containsExactly(large);
        assertThat(query(List.of(Set.of(small))).total()).isZero();
    }

    // ---- owners ----

    @Test
    public void anOwnerNeverSeesAnotherOwnersEntities() {
        Resource alices = (Resource) registry.commit(List.of(Change.create(resource("vm/private", vm).withTitle("alice's"))),
                alice).get(0);
        Link alicesLink = link("links/private", nic, alices.location(), "http://example.org/", null);
        registry.commit(List.of(Change.create(alicesLink)), alice);

        for (RequestContext other : List.of(bob, anonymous)) {
            assertThat(registry.get(alices.location(), other)).isEmpty();
            assertThat(registry.query(EntityQuery.below(root, 10), other).total()).isZero();
            assertThat(registry.linksFrom(alices.location(), other)).isEmpty();
            assertStatus(412, () -> registry.commit(List.of(Change.put(alices.withTitle("hijacked"), alices.version())), other));
            assertStatus(412, () -> registry.commit(List.of(Change.remove(alices.location(), alices.version())), other));
        }
        assertThat(registry.get(alices.location(), alice)).contains(alices);
        assertThat(registry.query(EntityQuery.below(root, 10), alice).total()).isEqualTo(2);
    }

    @Test
    public void ownersHaveNamespacesOfTheirOwn() {
        Resource alices = resource("vm/same", vm).withTitle("alice's");
        registry.commit(List.of(Change.create(alices)), alice);

        registry.commit(List.of(Change.create(alices.withTitle("bob's"))), bob);
        registry.commit(List.of(Change.create(alices.withTitle("anonymous"))), anonymous);

        assertThat(registry.get(alices.location(), alice).map(Entity::title)).contains("alice's");
        assertThat(registry.get(alices.location(), bob).map(Entity::title)).contains("bob's");
        assertThat(registry.get(alices.location(), anonymous).map(Entity::title)).contains("anonymous");
    }

    @Test
    public void anonymousRequestsShareOneNamespace() {
        Resource shared = stored(resource("vm/shared", vm));

        assertThat(registry.get(shared.location(), RequestContext.anonymous(URI.create("http://other.host/"))))
                .contains(shared);
    }

    // ---- user mixins ----

    @Test
    public void userMixinsAreAddedListedAndRemovedPerOwner() {
        Mixin mine = Mixin.tag(small, "small things", root + "small/");
        Mixin also = Mixin.tag(large, "large things", root + "large/", small);

        registry.addUserMixins(List.of(mine, also), alice);

        assertThat(registry.userMixins(alice)).containsExactlyInAnyOrder(mine, also);
        assertThat(registry.userMixins(bob)).isEmpty();
        assertThat(registry.removeUserMixin(small, bob)).isFalse();
        assertThat(registry.removeUserMixin(small, alice)).isTrue();
        assertThat(registry.removeUserMixin(small, alice)).isFalse();
        assertThat(registry.userMixins(alice)).containsExactly(also);
    }

    @Test
    public void addingUserMixinsIsAllOrNothing() {
        Mixin first = Mixin.tag(small, null, root + "small/");
        registry.addUserMixins(List.of(first), bob);

        assertStatus(409, () -> registry.addUserMixins(List.of(Mixin.tag(large, null, root + "large/"), first), bob));

        assertThat(registry.userMixins(bob)).containsExactly(first);
    }

    @Test
    public void aUserMixinLocationIsUniquePerOwner() {
        registry.addUserMixins(List.of(Mixin.tag(small, null, root + "mine/")), alice);

        assertStatus(409, () -> registry.addUserMixins(List.of(Mixin.tag(large, null, root + "mine/")), alice));
        registry.addUserMixins(List.of(Mixin.tag(large, null, root + "mine/")), bob);

        assertThat(registry.userMixins(alice)).extracting(Mixin::id).containsExactly(small);
    }

    @Test
    public void anonymousUserMixinsAreSharedByAnonymousRequests() {
        Mixin tag = Mixin.tag(small, "shared tag", root + "shared/");
        registry.addUserMixins(List.of(tag), anonymous);

        assertThat(registry.userMixins(anonymous)).contains(tag);
        assertThat(registry.userMixins(alice)).doesNotContain(tag);
        assertThat(registry.removeUserMixin(small, anonymous)).isTrue();
    }

    // ---- concurrency ----

    @Test
    public void concurrentCreatesAreNeitherLostNorDoubled() throws Exception {
        int perThread = 25;
        List<Callable<List<String>>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            int client = t;
            Registry container = client % 2 == 0 ? registry : other;
            clients.add(() -> {
                List<String> created = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    Resource r = resource("burst/" + client + "-" + i, vm);
                    created.add(container.commit(List.of(Change.create(r)), anonymous).get(0).location());
                }
                return created;
            });
        }

        List<String> created = all(clients).stream().flatMap(List::stream).sorted().toList();

        Page<Entity> listed = registry.query(EntityQuery.below(root + "burst/", THREADS * perThread + 10), anonymous);
        assertThat(created).hasSize(THREADS * perThread).doesNotHaveDuplicates();
        assertThat(listed.total()).isEqualTo(THREADS * perThread);
        assertThat(listed.items()).extracting(Entity::location).containsExactlyElementsOf(created);
    }

    @Test
    public void ofConcurrentCreatesAtOneLocationExactlyOneWins() throws Exception {
        Resource contested = resource("vm/contested", vm);
        List<Callable<Integer>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Resource mine = contested.withTitle("client " + t);
            Registry container = t % 2 == 0 ? registry : other;
            clients.add(() -> statusOf(() -> container.commit(List.of(Change.create(mine)), anonymous)));
        }

        List<Integer> statuses = all(clients);

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(registry.get(contested.location(), anonymous)).isPresent();
    }

    @Test
    public void ofConcurrentUpdatesExpectingOneVersionExactlyOneWins() throws Exception {
        Resource contested = stored(resource("vm/if-match", vm).withTitle("v1"));
        List<Callable<Integer>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Resource mine = contested.withTitle("client " + t);
            Registry container = t % 2 == 0 ? registry : other;
            clients.add(() -> statusOf(() -> container.commit(List.of(Change.put(mine, contested.version())), anonymous)));
        }

        List<Integer> statuses = all(clients);

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 412);
        Entity after = registry.get(contested.location(), anonymous).orElseThrow();
        assertThat(after.version()).isGreaterThan(contested.version());
        assertThat(after.title()).startsWith("client ");
    }

    @Test
    public void readModifyWriteWithVersionsLosesNoUpdate() throws Exception {
        Resource counter = stored(resource("vm/counter", vm).withAttributes(Map.of("test.count", 0L)));
        int perThread = 10;
        List<Callable<Integer>> clients = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            Registry container = t % 2 == 0 ? registry : other;
            clients.add(() -> {
                int conflicts = 0;
                for (int done = 0; done < perThread;) {
                    Entity current = container.get(counter.location(), anonymous).orElseThrow();
                    long count = (Long) current.attributes().get("test.count");
                    Entity next = current.withAttributes(Map.of("test.count", count + 1));
                    if (statusOf(() -> container.commit(List.of(Change.put(next, current.version())), anonymous)) == 201) {
                        done++;
                    } else {
                        conflicts++;
                    }
                }
                return conflicts;
            });
        }

        all(clients);

        Entity after = registry.get(counter.location(), anonymous).orElseThrow();
        assertThat(after.attributes().get("test.count")).isEqualTo((long) THREADS * perThread);
    }

    // ---- helpers ----

    private Resource resource(String path, CategoryId kind) {
        return new Resource(UUID.randomUUID().toString(), root + path, kind, List.of(), Map.of(), null, null, 0);
    }

    private Link link(String path, CategoryId kind, String source, String target, CategoryId targetKind) {
        return new Link(UUID.randomUUID().toString(), root + path, kind, List.of(), Map.of(), null, source, target,
                targetKind, 0);
    }

    @SuppressWarnings("unchecked")
    private <E extends Entity> E stored(E entity) {
        return (E) registry.commit(List.of(Change.create(entity)), anonymous).get(0);
    }

    private Page<Entity> query(List<Set<CategoryId>> categories) {
        return registry.query(new EntityQuery(root, categories, Map.of(), null, Entity.class, 0, 100), anonymous);
    }

    private Page<Entity> attributes(Map<String, Object> attributes) {
        return registry.query(new EntityQuery(root, List.of(), attributes, null, Entity.class, 0, 100), anonymous);
    }

    private Page<Entity> text(String text) {
        return registry.query(new EntityQuery(root, List.of(), Map.of(), text, Entity.class, 0, 100), anonymous);
    }

    private Page<Entity> ofType(Class<? extends Entity> type) {
        return registry.query(new EntityQuery(root, List.of(), Map.of(), null, type, 0, 100), anonymous);
    }

    private static List<String> locations(Page<Entity> page) {
        assertThat(page.total()).isEqualTo(page.items().size());
        return page.items().stream().map(Entity::location).toList();
    }

    private static void assertStatus(int status, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(OcciException.class,
                e -> assertThat(e.status()).as(e.getMessage()).isEqualTo(status));
    }

    /** 201 when the call went through, else the status of its {@link OcciException}. */
    private static int statusOf(Runnable call) {
        try {
            call.run();
            return 201;
        } catch (OcciException e) {
            return e.status();
        }
    }

    /** Runs the calls at once on as many threads and returns their results. */
    private static <T> List<T> all(List<Callable<T>> calls) throws InterruptedException, ExecutionException {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("concurrent calls did not finish within 60 s", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** For subclasses that add tests of their own: a request of the anonymous namespace. */
    protected static RequestContext anonymousRequest() {
        return RequestContext.anonymous(BASE);
    }

    /** The registry this test runs against. */
    protected final Registry underTest() {
        return registry;
    }

    /** The path below which this test stores its entities. */
    protected final String root() {
        return root;
    }
}
