package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.Resource;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.Page;
import occi.api.backend.RequestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Queries filtered by a state attribute, which the state index ({@code occi_entity_state},
 * V8) drives: every page of every such query, at several page sizes, by offset and by
 * keyset, is what filtering all the owner's entities in Java gives, with kinds, sub-kinds,
 * mixins, other filters, two owners, and after updates, untagging, deletes and the removal
 * of a user mixin. On H2 and on PostgreSQL (skipped when none answers on loopback).
 */
class StateFilterTest {

    private static final URI BASE = URI.create("http://127.0.0.1/");
    private static final RequestContext ANONYMOUS = RequestContext.anonymous(BASE);
    private static final RequestContext ALICE = new RequestContext("alice", Map.of(), BASE);
    private static final CategoryId COMPUTE = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute");
    private static final CategoryId BIG = CategoryId.parse("http://example.org/test#bigcompute");
    private static final CategoryId STORAGE = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#storage");
    private static final CategoryId NIC = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#networkinterface");
    private static final CategoryId NODE = CategoryId.parse("http://confine-project.eu/schemas/occi#node");
    private static final CategoryId SMALL = CategoryId.parse("http://example.org/tpl#small");
    private static final String STATE = "occi.compute.state";
    private static final String LONG_STATE = "x".repeat(250);
    private static final List<String> STATES = List.of("active", "inactive", "suspended");

    private final AttributeCodec codec = new AttributeCodec();
    /** What each owner has stored, by location: the expected answers are filtered from it. */
    private final Map<RequestContext, TreeMap<String, Entity>> stored = new LinkedHashMap<>();
    private HikariDataSource database;

    @AfterEach
    void close() {
        if (database != null) {
            database.close();
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void everyPageOfAStateFilterIsWhatFilteringEveryEntityGives(Dialect dialect) throws SQLException {
        try (JdbcRegistry registry = open(dialect)) {
            fill(registry);
            checkAll(registry);

            // states change, a mixin comes off, entities go: the index follows every write
            Resource first = (Resource) stored.get(ANONYMOUS).get("/compute/00");
            put(registry, ANONYMOUS, withState(first, "error"));
            Resource tagged = (Resource) stored.get(ANONYMOUS).get("/compute/04");
            put(registry, ANONYMOUS, new Resource(tagged.id(), tagged.location(), tagged.kind(), List.of(), tagged.attributes(),
                    tagged.title(), tagged.summary(), 0));
            remove(registry, ANONYMOUS, "/compute/03");
            remove(registry, ALICE, "/compute/01");
            checkAll(registry);
            assertThat(locations(registry.query(query(List.of(Set.of(COMPUTE)), Map.of(STATE, "error"), null, 100), ANONYMOUS)))
                    .containsExactly("/compute/00");

            // the user mixin goes, and with it its listing filtered by state
            assertThat(registry.removeUserMixin(SMALL, ANONYMOUS)).isTrue();
            stored.get(ANONYMOUS).replaceAll((location, entity) -> entity.mixins().contains(SMALL)
                    ? entity.withMixins(entity.mixins().stream().filter(m -> !m.equals(SMALL)).toList()) : entity);
            assertThat(registry.query(query(List.of(Set.of(SMALL)), Map.of(STATE, "active"), null, 10), ANONYMOUS).total()).isZero();
            assertThat(registry.query(query(List.of(Set.of(SMALL)), Map.of(STATE, "active"), null, 10), ALICE).total()).isPositive();
            checkAll(registry);
        }
    }

    @ParameterizedTest
    @EnumSource(Dialect.class)
    void entitiesStoredBeforeTheStateIndexAreIndexedByTheMigration(Dialect dialect) throws SQLException {
        Assumptions.assumeTrue(dialect == Dialect.H2 || TestDatabases.postgresReachable(), "no PostgreSQL test database on loopback");
        database = dialect == Dialect.H2 ? TestDatabases.freshH2("state-migration") : TestDatabases.postgres("state-migration");
        if (dialect == Dialect.POSTGRESQL) {
            TestDatabases.dropAll(database);
        }
        SchemaMigrator latest = SchemaMigrator.bundled();
        latest.upTo(7).migrate(database, dialect);
        // rows as the V7 schema holds them (what the registry wrote before the state index)
        Object[][] rows = {
            {1, "", "/compute/1", COMPUTE, "active", null},
            {2, "", "/compute/2", COMPUTE, "inactive", SMALL},
            {3, "", "/compute/3", COMPUTE, "active", SMALL},
            {4, "alice", "/compute/1", COMPUTE, "active", null},
            {5, "", "/node/5", NODE, null, null},
        };
        for (Object[] row : rows) {
            insertV7(row);
        }
        sql("INSERT INTO occi_entity_attribute (entity_pk, attr_name, value_key, attr_value) VALUES (5, 'confine.node.set_state', "
                + "'production', 'production')");

        assertThat(latest.migrate(database, dialect)).isEqualTo(7);

        try (JdbcRegistry upgraded = new JdbcRegistry(database, dialect)) {
            assertThat(locations(upgraded.query(query(List.of(Set.of(COMPUTE)), Map.of(STATE, "active"), null, 10), ANONYMOUS)))
                    .containsExactly("/compute/1", "/compute/3");
            assertThat(upgraded.query(query(List.of(Set.of(COMPUTE)), Map.of(STATE, "active"), null, 10), ANONYMOUS).total()).isEqualTo(2);
            assertThat(locations(upgraded.query(query(List.of(Set.of(SMALL)), Map.of(STATE, "active"), null, 10), ANONYMOUS)))
                    .containsExactly("/compute/3");
            assertThat(locations(upgraded.query(query(List.of(), Map.of(STATE, "inactive"), null, 10), ANONYMOUS)))
                    .containsExactly("/compute/2");
            assertThat(locations(upgraded.query(query(List.of(), Map.of("confine.node.set_state", "production"), null, 10), ANONYMOUS)))
                    .containsExactly("/node/5");
            assertThat(locations(upgraded.query(query(List.of(Set.of(COMPUTE)), Map.of(STATE, "active"), null, 10), ALICE)))
                    .containsExactly("/compute/1");
            // and a write after the migration keeps the index
            upgraded.commit(List.of(Change.remove("/compute/1", Change.ANY_VERSION)), ANONYMOUS);
            assertThat(locations(upgraded.query(query(List.of(Set.of(COMPUTE)), Map.of(STATE, "active"), null, 10), ANONYMOUS)))
                    .containsExactly("/compute/3");
        }
    }

    /** One entity as V7 stored it: its row, its attribute index, its mixin and its category rows. */
    private void insertV7(Object[] row) throws SQLException {
        long pk = ((Integer) row[0]).longValue();
        String owner = (String) row[1];
        String location = (String) row[2];
        CategoryId kind = (CategoryId) row[3];
        String state = (String) row[4];
        CategoryId mixin = (CategoryId) row[5];
        sql("INSERT INTO occi_entity (pk, owner, location, entity_id, entity_type, kind, title, version, attributes) VALUES ("
                + pk + ", '" + owner + "', '" + location + "', 'id" + pk + "', 'R', '" + kind + "', 'vm', 1, '"
                + (state == null ? "{}" : "{\"" + STATE + "\":\"" + state + "\"}") + "')");
        if (state != null) {
            sql("INSERT INTO occi_entity_attribute (entity_pk, attr_name, value_key, attr_value) VALUES (" + pk + ", '" + STATE
                    + "', '" + state + "', '" + state + "')");
        }
        sql("INSERT INTO occi_entity_category (owner, category, location, entity_type, entity_pk) VALUES ('" + owner + "', '"
                + kind + "', '" + location + "', 'R', " + pk + ")");
        if (mixin != null) {
            sql("INSERT INTO occi_entity_mixin (entity_pk, ordinal, mixin) VALUES (" + pk + ", 0, '" + mixin + "')");
            sql("INSERT INTO occi_entity_category (owner, category, location, entity_type, entity_pk) VALUES ('" + owner + "', '"
                    + mixin + "', '" + location + "', 'R', " + pk + ")");
        }
    }

    private void sql(String statement) throws SQLException {
        try (var connection = database.getConnection(); var run = connection.createStatement()) {
            run.execute(statement);
        }
    }

    private JdbcRegistry open(Dialect dialect) throws SQLException {
        Assumptions.assumeTrue(dialect == Dialect.H2 || TestDatabases.postgresReachable(), "no PostgreSQL test database on loopback");
        if (dialect == Dialect.H2) {
            database = TestDatabases.freshH2("state-filter");
        } else {
            database = TestDatabases.postgres("state-filter");
            TestDatabases.dropAll(database);
        }
        SchemaMigrator.bundled().migrate(database, dialect);
        return new JdbcRegistry(database, dialect);
    }

    private void fill(JdbcRegistry registry) {
        registry.addUserMixins(List.of(Mixin.tag(SMALL, "small", "/small/")), ANONYMOUS);
        List<Entity> mine = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            mine.add(new Resource("c" + i, String.format("/compute/%02d", i), COMPUTE, i % 4 == 0 ? List.of(SMALL) : List.of(),
                    Map.of(STATE, STATES.get(i % 3), "test.zone", i % 2 == 0 ? "a" : "b"), "vm " + i, null, 0));
        }
        for (int i = 0; i < 5; i++) {
            mine.add(new Resource("b" + i, "/big/" + i, BIG, List.of(), Map.of(STATE, STATES.get(i % 2)), "big " + i, null, 0));
        }
        mine.add(new Resource("n1", "/compute/none1", COMPUTE, List.of(), Map.of(), "no state", null, 0));
        mine.add(new Resource("n2", "/compute/long", COMPUTE, List.of(), Map.of(STATE, LONG_STATE), "long state", null, 0));
        for (int i = 0; i < 4; i++) {
            mine.add(new Resource("s" + i, "/storage/" + i, STORAGE, List.of(SMALL),
                    Map.of("occi.storage.state", i % 2 == 0 ? "online" : "offline"), "disk " + i, null, 0));
        }
        for (int i = 0; i < 3; i++) {
            mine.add(new Link("l" + i, "/link/nic/" + i, NIC, List.of(), Map.of("occi.networkinterface.state", "active"), null,
                    "/compute/0" + i, "/network/1", null, 0));
        }
        for (int i = 0; i < 2; i++) {
            mine.add(new Resource("node" + i, "/node/" + i, NODE, List.of(), Map.of("confine.node.set_state", "production"),
                    "node " + i, null, 0));
        }
        commit(registry, ANONYMOUS, mine);
        List<Entity> hers = new ArrayList<>();
        for (int i = 0; i < 6; i++) { // the same locations, other states: never seen by the other owner
            hers.add(new Resource("a" + i, String.format("/compute/%02d", i), COMPUTE, i % 2 == 0 ? List.of(SMALL) : List.of(),
                    Map.of(STATE, "active"), "hers " + i, null, 0));
        }
        commit(registry, ALICE, hers);
    }

    private void commit(JdbcRegistry registry, RequestContext owner, List<Entity> entities) {
        registry.commit(entities.stream().map(Change::create).toList(), owner);
        TreeMap<String, Entity> byLocation = stored.computeIfAbsent(owner, o -> new TreeMap<>());
        entities.forEach(e -> byLocation.put(e.location(), e));
    }

    private void put(JdbcRegistry registry, RequestContext owner, Entity entity) {
        registry.commit(List.of(Change.put(entity, Change.ANY_VERSION)), owner);
        stored.get(owner).put(entity.location(), entity);
    }

    private void remove(JdbcRegistry registry, RequestContext owner, String location) {
        registry.commit(List.of(Change.remove(location, Change.ANY_VERSION)), owner);
        stored.get(owner).remove(location);
    }

    private static Resource withState(Resource r, String state) {
        Map<String, Object> attributes = new LinkedHashMap<>(r.attributes());
        attributes.put(STATE, state);
        return new Resource(r.id(), r.location(), r.kind(), r.mixins(), attributes, r.title(), r.summary(), 0);
    }

    /** The filters checked: by state with a kind, sub-kinds, a mixin, no category, and with further conditions. */
    private List<EntityQuery> queries() {
        List<EntityQuery> queries = new ArrayList<>();
        for (String state : List.of("active", "inactive", "suspended", "error", "none such")) {
            queries.add(query(List.of(Set.of(COMPUTE)), Map.of(STATE, state), null, 1));
            queries.add(query(List.of(), Map.of(STATE, state), null, 1));
        }
        queries.add(query(List.of(Set.of(COMPUTE, BIG)), Map.of(STATE, "active"), null, 1));
        queries.add(query(List.of(Set.of(BIG)), Map.of(STATE, "inactive"), null, 1));
        queries.add(query(List.of(Set.of(SMALL)), Map.of(STATE, "active"), null, 1));
        queries.add(query(List.of(Set.of(SMALL)), Map.of("occi.storage.state", "online"), null, 1));
        queries.add(query(List.of(Set.of(COMPUTE), Set.of(SMALL)), Map.of(STATE, "active"), null, 1));
        queries.add(query(List.of(Set.of(COMPUTE), Set.of()), Map.of(STATE, "active"), null, 1));
        queries.add(query(List.of(Set.of(COMPUTE)), Map.of(STATE, "active", "test.zone", "a"), null, 1));
        queries.add(query(List.of(Set.of(COMPUTE)), Map.of(STATE, "inactive"), "VM 1", 1));
        queries.add(query(List.of(Set.of(COMPUTE)), Map.of(STATE, LONG_STATE), null, 1));
        queries.add(query(List.of(), Map.of("occi.networkinterface.state", "active"), null, 1));
        queries.add(query(List.of(), Map.of("confine.node.set_state", "production"), null, 1));
        queries.add(new EntityQuery("/compute/1", List.of(Set.of(COMPUTE)), Map.of(STATE, "active"), null, Entity.class, 0, 1));
        queries.add(new EntityQuery("/", List.of(), Map.of("occi.networkinterface.state", "active"), null, Link.class, 0, 1));
        queries.add(new EntityQuery("/", List.of(), Map.of("occi.networkinterface.state", "active"), null, Resource.class, 0, 1));
        queries.add(new EntityQuery("/", List.of(), Map.of(STATE, "active"), null, Resource.class, 0, 1));
        return queries;
    }

    private static EntityQuery query(List<Set<CategoryId>> categories, Map<String, Object> attributes, String text, int limit) {
        return new EntityQuery("/", categories, attributes, text, Entity.class, 0, limit);
    }

    /** Every query, as each owner, every page at sizes 1, 4 and 7 by offset and by keyset, and its total. */
    private void checkAll(JdbcRegistry registry) {
        for (RequestContext owner : stored.keySet()) {
            for (EntityQuery query : queries()) {
                List<String> expected = expected(owner, query);
                String what = owner.principal() + " " + query;
                assertThat(registry.query(query.page(0, 0), owner).total()).as(what).isEqualTo(expected.size());
                for (int size : new int[] {1, 4, 7}) {
                    for (int offset = 0; offset <= expected.size() + 1; offset += size) {
                        Page<Entity> page = registry.query(query.page(offset, size), owner);
                        assertThat(page.total()).as(what).isEqualTo(expected.size());
                        assertThat(locations(page)).as(what + " at " + offset + " by " + size)
                                .isEqualTo(expected.subList(Math.min(offset, expected.size()), Math.min(offset + size, expected.size())));
                    }
                    List<String> walked = new ArrayList<>();
                    List<String> chunk = locations(registry.query(query.page(0, size), owner));
                    while (!chunk.isEmpty()) {
                        walked.addAll(chunk);
                        chunk = locations(registry.query(query.page(0, size).after(walked.get(walked.size() - 1)), owner));
                    }
                    assertThat(walked).as(what + " walked by " + size).isEqualTo(expected);
                }
                for (Entity entity : registry.query(query.page(0, 100), owner).items()) {
                    Entity same = stored.get(owner).get(entity.location());
                    assertThat(entity.mixins()).as(what).isEqualTo(same.mixins());
                    assertThat(entity.attributes()).as(what).isEqualTo(same.attributes());
                }
            }
        }
    }

    /** The query's answer, from every entity of the owner filtered in Java, in location order. */
    private List<String> expected(RequestContext owner, EntityQuery query) {
        List<String> found = new ArrayList<>();
        for (Entity entity : stored.get(owner).values()) {
            boolean matches = entity.location().startsWith(query.pathPrefix())
                    && query.entityType().isInstance(entity)
                    && query.categories().stream().allMatch(set -> set.contains(entity.kind())
                            || entity.mixins().stream().anyMatch(set::contains))
                    && query.attributes().entrySet().stream().allMatch(a -> entity.attributes().containsKey(a.getKey())
                            && codec.indexValue(entity.attributes().get(a.getKey())).equals(codec.indexValue(a.getValue())))
                    && (query.text() == null || entity.allAttributes().values().stream().anyMatch(v ->
                            codec.indexValue(v).toLowerCase(Locale.ROOT).contains(query.text().toLowerCase(Locale.ROOT))));
            if (matches) {
                found.add(entity.location());
            }
        }
        return found;
    }

    private static List<String> locations(Page<Entity> page) {
        return page.items().stream().map(Entity::location).toList();
    }
}
