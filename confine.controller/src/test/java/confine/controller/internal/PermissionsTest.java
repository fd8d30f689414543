package confine.controller.internal;

import static confine.controller.internal.Permissions.Operation.ACTION;
import static confine.controller.internal.Permissions.Operation.CHANGE;
import static confine.controller.internal.Permissions.Operation.CREATE;
import static confine.controller.internal.Permissions.Operation.DELETE;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.controller.Seed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sample group vct (2) has user vct (1) as group, node and slice admin; user 3 has no role. */
class PermissionsTest {

    final Store store = new Store();
    final Permissions permissions = new Permissions(store);
    final Caller vct = new Caller(1, false);
    final Caller stranger = new Caller(3, false);
    final Caller admin = new Caller(2, true);

    @BeforeEach
    void seed() {
        Seeder.seed(store, Seed.fixtures());
        store.put("users", 3, Json.object().put("name", "stranger"));
    }

    boolean allows(Caller caller, String plural, long id, Permissions.Operation operation) {
        return permissions.allows(caller, store.kind(plural).orElseThrow(), store.find(plural, id).orElseThrow(), operation);
    }

    @Test
    void nobodyAnonymousWrites() {
        assertThat(allows(null, "nodes", 1413, CHANGE)).isFalse();
        assertThat(allows(null, "groups", 2, CREATE)).isFalse();
    }

    @Test
    void groupAdminsChangeTheirGroupsNodesSlicesAndSlivers() {
        assertThat(allows(vct, "nodes", 1413, CHANGE)).isTrue();
        assertThat(allows(vct, "nodes", 1413, ACTION)).isTrue();
        assertThat(allows(vct, "slices", 7, DELETE)).isTrue();
        assertThat(allows(vct, "slivers", 42, ACTION)).isTrue();
        assertThat(allows(stranger, "nodes", 1413, CHANGE)).isFalse();
        assertThat(allows(stranger, "slivers", 42, CHANGE)).isFalse();
    }

    @Test
    void aNodeAdminRoleAloneIsEnoughForNodesButNotForSlices() {
        store.put("groups", 2, store.find("groups", 2).orElseThrow().set("user_roles", Json.MAPPER.createArrayNode()
                .add(Json.object().<ObjectNode>set("user", Json.ref("users", 3))
                        .put("is_group_admin", false).put("is_node_admin", true).put("is_slice_admin", false))));

        assertThat(allows(stranger, "nodes", 1413, CHANGE)).isTrue();
        assertThat(allows(stranger, "slices", 7, CHANGE)).isFalse();
    }

    @Test
    void aGroupThatNoLongerAllowsSlicesBlocksChangesButNotDeletion() {
        store.put("groups", 2, store.find("groups", 2).orElseThrow().put("allow_slices", false));

        assertThat(allows(vct, "slices", 7, CHANGE)).isFalse();
        assertThat(allows(vct, "slices", 7, DELETE)).isTrue();
    }

    @Test
    void usersChangeOnlyThemselvesAndAnyoneCreatesAGroup() {
        assertThat(allows(vct, "users", 1, ACTION)).isTrue();
        assertThat(allows(stranger, "users", 1, ACTION)).isFalse();
        assertThat(permissions.allows(stranger, store.kind("groups").orElseThrow(), Json.object(), CREATE)).isTrue();
        assertThat(allows(stranger, "groups", 2, CHANGE)).isFalse();
        assertThat(allows(vct, "groups", 2, CHANGE)).isTrue();
    }

    @Test
    void templatesIslandsAndTheServerAreForSuperusers() {
        assertThat(allows(vct, "templates", 1, CHANGE)).isFalse();
        assertThat(allows(vct, "islands", 1, DELETE)).isFalse();
        assertThat(allows(vct, "server", Resources.SINGLETON_ID, CHANGE)).isFalse();
        assertThat(allows(admin, "templates", 1, CHANGE)).isTrue();
        assertThat(allows(admin, "nodes", 1413, DELETE)).isTrue();
    }
}
