package confine.orm.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import confine.orm.ApiOptions;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Client-side evaluation over resources already in the identity map: no request is made (the base is unreachable). */
class LookupEvaluatorTest {

    private Session s;
    private ResourceImpl node;
    private ResourceImpl slice;

    @BeforeEach
    void load() throws IOException {
        s = new Session(URI.create("http://127.0.0.1:1/confine/api/"),
                ApiOptions.builder().maxRetries(0).noIdentityMapExpiry().build());
        node = s.accept(fixture("node.json"), List.of());
        slice = s.accept(fixture("slice.json"), List.of());
        s.accept(fixture("group.json"), List.of());
        s.accept(fixture("sliver.json"), List.of());
    }

    @Test
    void crossesReferences() {
        assertThat(matches(node, "group__name", "vct")).isTrue();
        assertThat(matches(node, "group__name", "other")).isFalse();
        assertThat(matches(node, "group__allow_nodes", true)).isTrue();
        assertThat(matches(node, "mgmt_net__tinc_client__name", "node_1413")).isTrue();
    }

    @Test
    void aReferenceComparesItsIdOrItsResource() {
        assertThat(matches(node, "group", 2)).isTrue();
        assertThat(matches(node, "group", 3)).isFalse();
        assertThat(matches(node, "group", s.resource(URI.create("http://127.0.0.1:8080/confine/api/groups/2/")))).isTrue();
        assertThat(matches(node, "island__isnull", true)).isTrue();
    }

    @Test
    void fansOutOverListsOfReferences() {
        assertThat(matches(node, "slivers__slice__name", "vct-experiment")).isTrue();
        assertThat(matches(node, "slivers", 42)).isTrue();
        assertThat(matches(slice, "slivers__node__arch", "x86_64")).isFalse();
    }

    @Test
    void selectsInOrderWithExclusions() {
        LookupEvaluator e = new LookupEvaluator(s);
        List<ResourceImpl> kept = e.select(List.of(node, slice), Lookup.pairs("group__name", "vct"),
                List.of(Lookup.pairs("name__startswith", "node"))).join();
        assertThat(kept).containsExactly(slice);
    }

    private boolean matches(ResourceImpl r, String key, Object value) {
        return new LookupEvaluator(s).matches(r, Lookup.pairs(key, value), List.of()).join();
    }

    private ObjectNode fixture(String name) throws IOException {
        return (ObjectNode) s.json.parse(Fixtures.bytes(name));
    }
}
