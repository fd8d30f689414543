package confine.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import confine.controller.Seed;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Lookups give the same members whether the controller or the client applies them. */
class FilterTest extends LocalControllerTest {

    @Override
    Seed seed() {
        return Seed.generated(40, 6, 4);
    }

    static Stream<Arguments> lookups() {
        return Stream.of(
                Arguments.of("nodes", new Object[] {"group__name", "vct"}),
                Arguments.of("nodes", new Object[] {"arch", "i686"}),
                Arguments.of("nodes", new Object[] {"arch", "x86_64", "set_state", "safe"}),
                Arguments.of("nodes", new Object[] {"id", 1413}),
                Arguments.of("nodes", new Object[] {"group", 2}),
                Arguments.of("nodes", new Object[] {"set_state__in", List.of("production", "debug")}),
                Arguments.of("nodes", new Object[] {"name__contains", "14"}),
                Arguments.of("nodes", new Object[] {"name__icontains", "NODE-14", "arch", "i686"}),
                Arguments.of("nodes", new Object[] {"id__gte", 1415}),
                Arguments.of("nodes", new Object[] {"island__isnull", true}),
                Arguments.of("slices", new Object[] {"set_state", "deploy"}),
                Arguments.of("slivers", new Object[] {"node__arch", "i686"}),
                Arguments.of("slivers", new Object[] {"slice__group__name", "vct", "node__set_state", "production"}),
                Arguments.of("slivers", new Object[] {"slice", 7}));
    }

    @ParameterizedTest
    @MethodSource("lookups")
    void serverSideAndClientSideGiveTheSameMembers(String collection, Object[] lookups) {
        ResourceCollection server = api.manager(collection).filter(lookups);
        ResourceCollection client = api.manager(collection).filter(lookups).clientSide();
        List<Resource> expected = client.list();
        assertThat(server.list()).isEqualTo(expected);
        assertThat(expected).isNotEmpty();
        // and a session that never asks the controller to filter agrees too
        try (Api local = Api.of(controller.baseUri(), options().serverSideFiltering(false).build())) {
            assertThat(local.manager(collection).filter(lookups).list()).extracting(Resource::uri)
                    .isEqualTo(expected.stream().map(Resource::uri).toList());
        }
    }

    @Test
    void equalityLookupsAreSentAsQueryParameters() {
        long before = controller.faults().requests();
        List<Resource> vct = api.manager("nodes").filter("group__name", "vct", "arch", "i686").list();
        // discovery and one filtered page: no group was fetched to evaluate group__name
        assertThat(controller.faults().requests() - before).isEqualTo(2);
        assertThat(vct).allSatisfy(n -> assertThat(n.string("arch")).isEqualTo("i686"));
    }

    @Test
    void aLookupTheControllerRefusesIsEvaluatedHere() {
        // the controller answers 422 to a string compared with an id; the client falls back
        List<Resource> found = api.manager("nodes").filter("id", "1413").list();
        assertThat(found).extracting(Resource::uri).containsExactly(uri(NODE_1413));
        assertThat(api.manager("nodes").filter("no_such_field", "x").list()).isEmpty();
    }

    @Test
    void excludeAndChainedFilters() {
        ResourceCollection nodes = api.manager("nodes").all();
        ResourceCollection notFailed = nodes.exclude("set_state", "failure");
        assertThat(notFailed.list()).noneSatisfy(n -> assertThat(n.string("set_state")).isEqualTo("failure"));
        assertThat(notFailed.size() + nodes.filter("set_state", "failure").size()).isEqualTo(nodes.size());
        assertThat(notFailed.filter("arch", "i686").list()).isEqualTo(nodes.filter("arch", "i686").exclude("set_state", "failure").list());
    }

    @Test
    void getWantsExactlyOne() {
        assertThat(api.manager("nodes").get("id", 1413).string("name")).isEqualTo("node-1413");
        assertThatThrownBy(() -> api.manager("nodes").get("arch", "i686")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("not one");
        assertThatThrownBy(() -> api.manager("nodes").get("name", "nothing")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("No nodes matching");
    }

    @Test
    void pagesAreFollowedTransparently() {
        try (Api paged = Api.of(controller.baseUri(), options().pageSize(7).build())) {
            long before = controller.faults().requests();
            List<Resource> all = paged.manager("nodes").retrieve().list();
            assertThat(all).hasSize(41);
            assertThat(controller.faults().requests() - before).isGreaterThanOrEqualTo(1 + 6);
            assertThat(paged.manager("nodes").filter("arch", "i686").list()).hasSize(
                    (int) all.stream().filter(n -> n.string("arch").equals("i686")).count());
        }
    }
}
