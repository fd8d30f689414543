package confine.controller.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.controller.Seed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class QueryTest {

    final Store store = new Store();
    final Query query = new Query(store);

    @BeforeEach
    void seed() {
        Seeder.seed(store, Seed.generated(8, 3, 2)); // generated archs alternate i686, x86_64
    }

    List<Long> ids(String plural, String... params) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        Kind kind = store.kind(plural).orElseThrow();
        return query.filter(kind, store.all(plural), map).stream().map(d -> d.path("id").asLong()).toList();
    }

    @Test
    void filtersOnAStringMemberWithAQuotedValue() {
        assertThat(ids("nodes", "arch", "\"x86_64\"")).isNotEmpty()
                .allSatisfy(id -> assertThat(store.find("nodes", id).orElseThrow().path("arch").asText()).isEqualTo("x86_64"));
        assertThat(ids("nodes", "arch", "\"i686\"")).contains(1413L).hasSize(5);
    }

    @Test
    void djangoAndJsonPointerNamesFollowReferences() {
        store.put("groups", 9, Json.object().put("name", "other"));
        store.put("nodes", 5000, Json.object().put("name", "elsewhere").put("arch", "i686").set("group", Json.ref("groups", 9)));

        assertThat(ids("nodes", "group__name", "\"vct\"")).hasSize(9).doesNotContain(5000L);
        assertThat(ids("nodes", "/group/name", "\"other\"")).containsExactly(5000L);
        assertThat(ids("nodes", "group", "9")).containsExactly(5000L);
        assertThat(ids("nodes", "group__name", "\"vct\"", "arch", "\"i686\"")).hasSize(5);
    }

    @Test
    void slivesFilterOnTheirNodeAndSliceByIdAndAQuoteInsideAStringIsDoubled() {
        assertThat(ids("slivers", "node", "1413")).contains(42L);
        assertThat(ids("slivers", "slice", "7")).containsExactly(42L);
        store.put("islands", 1, Json.object().put("name", "say \"hi\""));
        assertThat(ids("islands", "name", "\"say \"\"hi\"\"\"")).containsExactly(1L);
    }

    @Test
    void unknownMembersUnquotedStringsAndStringsForIdsAre422() {
        assertThat(status(() -> ids("nodes", "colour", "\"red\""))).isEqualTo(422);
        assertThat(status(() -> ids("nodes", "group__colour", "\"red\""))).isEqualTo(422);
        assertThat(status(() -> ids("nodes", "arch", "i686"))).isEqualTo(422);
        assertThat(status(() -> ids("nodes", "group", "\"vct\""))).isEqualTo(422);
        assertThat(status(() -> ids("nodes", "boot_sn", "\"zero\""))).isEqualTo(422);
    }

    @Test
    void pagingParametersAreNotFilters() {
        assertThat(ids("nodes", "page", "2", "per_page", "3")).hasSize(9);
    }

    @Test
    void pagesCutTheListAndOutOfRangePagesGiveTheLast() {
        List<ObjectNode> docs = IntStream.range(0, 7).mapToObj(i -> Json.object().put("id", i)).toList();

        assertThat(Query.page(docs, Map.of())).satisfies(p -> {
            assertThat(p.items()).hasSize(7);
            assertThat(p.last()).isEqualTo(1);
        });
        Query.Page second = Query.page(docs, Map.of("per_page", "3", "page", "2"));
        assertThat(second.items()).extracting(d -> d.path("id").asInt()).containsExactly(3, 4, 5);
        assertThat(second.last()).isEqualTo(3);
        assertThat(Query.page(docs, Map.of("per_page", "3", "page", "99")).number()).isEqualTo(3);
        assertThat(Query.page(docs, Map.of("per_page", "3", "page", "x")).number()).isEqualTo(1);
        assertThat(Query.page(docs, Map.of("per_page", "0")).items()).hasSize(1);
        assertThat(Query.page(List.of(), Map.of("per_page", "3")).last()).isEqualTo(1);
    }

    static int status(Runnable work) {
        try {
            work.run();
        } catch (ApiError e) {
            return e.status();
        }
        throw new AssertionError("no ApiError");
    }

    @Test
    void statusHelperFailsWithoutAnError() {
        assertThatThrownBy(() -> status(() -> { })).isInstanceOf(AssertionError.class);
    }
}
