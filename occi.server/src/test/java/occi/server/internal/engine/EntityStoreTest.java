package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.backend.EntityQuery;
import occi.api.backend.EntityStore;
import occi.api.backend.Page;
import occi.api.backend.RequestContext;
import occi.api.rendering.EntityRepresentation;
import occi.server.internal.registry.EntityMatcher;
import org.junit.jupiter.api.Test;

/** A backend that keeps its kind's entities itself: the registry never sees them, yet every operation works. */
class EntityStoreTest {

    static final Kind THING = new Kind(CategoryId.parse("http://example.org/store#thing"), "Thing", Core.RESOURCE.id(), Map.of(),
            List.of(), "/thing/");

    /** The resource manager's own storage. */
    static class ThingStore implements EntityStore {
        final Map<String, Entity> things = new ConcurrentSkipListMap<>();
        final List<String> calls = new ArrayList<>();
        /** Whether {@link EntityQuery#after()} is honoured (a store written before it existed ignores it). */
        boolean honoursAfter;
        /** Every query asked, in order. */
        final List<EntityQuery> queries = new ArrayList<>();

        @Override
        public Collection<? extends Category> categories() {
            return List.of(THING);
        }

        @Override
        public boolean owns(String location) {
            return location.startsWith("/thing/");
        }

        @Override
        public Optional<Entity> find(String location, RequestContext request) {
            return Optional.ofNullable(things.get(location));
        }

        @Override
        public Page<Entity> query(EntityQuery query, RequestContext request) {
            queries.add(query);
            List<Entity> matching = things.values().stream().filter(e -> EntityMatcher.matches(query, e))
                    .filter(e -> !honoursAfter || query.after() == null || e.location().compareTo(query.after()) > 0).toList();
            return new Page<>(matching.stream().skip(query.offset()).limit(query.limit()).toList(), matching.size());
        }

        @Override
        public Entity store(Entity entity, RequestContext request) {
            calls.add("store");
            Entity stored = entity.withVersion(entity.version() + 1);
            things.put(stored.location(), stored);
            return stored;
        }

        @Override
        public void remove(Entity entity, RequestContext request) {
            calls.add("remove");
            things.remove(entity.location());
        }
    }

    private final ThingStore store = new ThingStore();
    private final Harness server = new Harness().with(store);

    @Test
    void entitiesOfAStoresKindLiveInTheStoreOnly() {
        server.rendering.entity = new EntityRepresentation(THING.id(), List.of(), Map.of(Core.TITLE, "one"), List.of());
        Answer created = server.request("POST", "/thing/").payload().send();
        assertThat(created.status()).isEqualTo(201);
        String thing = created.header("Location").substring("http://occi.test:8080".length());

        assertThat(store.things).containsKey(thing);
        assertThat(server.registry.query(EntityQuery.below("/", 10), Harness.CALLER).total()).isZero();
        assertThat(server.get(thing).bodyText()).contains("occi.core.title=one");
        assertThat(server.get("/thing/").bodyText()).contains(thing);
        assertThat(server.get("/").bodyText()).contains(thing);

        server.rendering.entity = new EntityRepresentation(null, List.of(), Map.of(Core.TITLE, "two"), List.of());
        assertThat(server.request("POST", thing).payload().send().status()).isEqualTo(200);
        assertThat(store.things.get(thing).title()).isEqualTo("two");

        assertThat(server.request("DELETE", thing).send().status()).isEqualTo(200);
        assertThat(store.things).isEmpty();
        assertThat(store.calls).containsExactly("store", "store", "remove");
    }

    @Test
    void whileAStoreIsAwayItsLocationsAnswer503WithARetryHintAndItsReturnRestoresThem() {
        server.rendering.entity = new EntityRepresentation(THING.id(), List.of(), Map.of(Core.TITLE, "one"), List.of());
        String thing = server.request("POST", "/thing/").payload().send().header("Location").substring("http://occi.test:8080".length());
        server.without(store);
        server.departed.remember(List.of("/thing/"));

        Answer away = server.get(thing);
        assertThat(away.status()).isEqualTo(503);
        assertThat(away.header("Retry-After")).isEqualTo("5");
        assertThat(away.bodyText()).contains("/thing/").contains("try again later");
        assertThat(server.get("/other/1").status()).isEqualTo(404);

        server.with(store);
        server.departed.forget(location -> server.model.locationTaken(location));
        assertThat(server.get(thing).status()).isEqualTo(200);
    }

    @Test
    void aBackendsRetryHintBecomesRetryAfterInWholeSeconds() {
        ThingStore failing = new ThingStore() {
            @Override
            public Optional<Entity> find(String location, RequestContext request) {
                throw occi.api.OcciException.unavailable("the resource manager is down", java.time.Duration.ofMillis(2500));
            }
        };
        Harness other = new Harness().with(failing);
        Answer answer = other.get("/thing/1");
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.header("Retry-After")).isEqualTo("3");
        assertThat(answer.bodyText()).contains("the resource manager is down");
        assertThat(other.get("/").header("Retry-After")).isNull();
    }

    private String createThing(Harness on, String title) {
        on.rendering.entity = new EntityRepresentation(THING.id(), List.of(), Map.of(Core.TITLE, title), List.of());
        return on.request("POST", "/thing/").payload().send().header("Location").substring("http://occi.test:8080".length());
    }

    private String createResource(Harness on) {
        on.rendering.entity = new EntityRepresentation(Core.RESOURCE.id(), List.of(), Map.of(), List.of());
        Answer created = on.request("POST", "/resource/").payload().send();
        assertThat(created.status()).isEqualTo(201);
        return created.header("Location").substring("http://occi.test:8080".length());
    }

    @Test
    void aCollectionDeleteThatTheStoreVetoesChangesNothingAnywhere() {
        ThingStore vetoing = new ThingStore() {
            @Override
            public void delete(Entity entity, RequestContext request) {
                throw occi.api.OcciException.badRequest(entity.location() + " cannot be deleted");
            }
        };
        Harness other = new Harness().with(vetoing);
        String mine = createResource(other);
        createThing(other, "fixed");

        Answer refused = other.request("DELETE", "/resource/").send();
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.bodyText()).contains("cannot be deleted");
        assertThat(other.get(mine).status()).as("the registry's member was not deleted first").isEqualTo(200);
        assertThat(vetoing.things).hasSize(1);
    }

    @Test
    void aStoreThatRefusesAfterTheRegistryCommittedIsReportedWithWhatChanged() {
        ThingStore refusingLate = new ThingStore() {
            @Override
            public void remove(Entity entity, RequestContext request) {
                throw occi.api.OcciException.conflict(entity.location() + " is busy");
            }
        };
        Harness other = new Harness().with(refusingLate);
        String mine = createResource(other);
        String thing = createThing(other, "busy");

        Answer partial = other.request("DELETE", "/resource/").send();
        assertThat(partial.status()).isEqualTo(409);
        assertThat(partial.bodyText()).contains(thing + " is busy", "these changes were made and stay: deleted " + mine,
                "these were not made: deleted " + thing);
    }

    @Test
    void aStoresEntityIsNotTaggedWithAUserMixinItWouldNotKeep() {
        String thing = createThing(server, "one");
        server.rendering.categories = List.of(new occi.api.rendering.CategoryRepresentation(CategoryId.parse("http://me.example/tags#mine"),
                "mixin", null, List.of(), List.of(), "/mine/", Map.of()));
        assertThat(server.request("POST", "/-/").payload().send().status()).isEqualTo(200);
        server.rendering.locations = List.of(thing);

        Answer refused = server.request("POST", "/mine/").payload().send();
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.bodyText()).contains("keeps no user-defined mixins");
        assertThat(store.things.get(thing).mixins()).isEmpty();
    }
}
