package confine.orm.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import confine.orm.internal.Lookup.Op;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookupTest {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    @Test
    void parsesPathAndOperator() {
        Lookup l = Lookup.of("group__name__icontains", "VC");
        assertThat(l.path()).containsExactly("group", "name");
        assertThat(l.op()).isEqualTo(Op.ICONTAINS);
        assertThat(Lookup.of("set_state", "debug").op()).isEqualTo(Op.EXACT);
        assertThat(Lookup.of("/group/name", "vct").path()).containsExactly("group", "name");
        // "in" alone is a field, not an operator
        assertThat(Lookup.of("in", 1).path()).containsExactly("in");
    }

    @Test
    void onlyEqualityWithIntegersOrStringsGoesToTheServer() {
        assertThat(Lookup.of("group__name", "vct").serverCandidate()).isTrue();
        assertThat(Lookup.of("id", 12).serverCandidate()).isTrue();
        assertThat(Lookup.of("is_active", true).serverCandidate()).isFalse();
        assertThat(Lookup.of("name__contains", "x").serverCandidate()).isFalse();
        assertThat(Lookup.of("set_state__in", List.of("a")).serverCandidate()).isFalse();
    }

    @Test
    void parameterValuesAreQuotedAsTheControllerWants() {
        assertThat(Lookup.of("group__name", "vct").parameterValue()).isEqualTo("\"vct\"");
        assertThat(Lookup.of("name", "say \"hi\"").parameterValue()).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Lookup.of("id", 12).parameterValue()).isEqualTo("12");
        assertThat(Lookup.of("group__name__exact", "vct").parameter()).isEqualTo("group__name");
    }

    @Test
    void testsLeavesLikeDjango() {
        assertThat(test("id", 12, F.numberNode(12))).isTrue();
        assertThat(test("id", 12L, F.numberNode(12.0))).isTrue();
        assertThat(test("id", "12", F.numberNode(12))).isTrue();
        assertThat(test("id", 13, F.numberNode(12))).isFalse();
        assertThat(test("name__contains", "14", F.textNode("node-1413"))).isTrue();
        assertThat(test("name__icontains", "NODE", F.textNode("node-1413"))).isTrue();
        assertThat(test("name__startswith", "node", F.textNode("node-1413"))).isTrue();
        assertThat(test("name__endswith", "node", F.textNode("node-1413"))).isFalse();
        assertThat(test("name__iexact", "NODE-1413", F.textNode("node-1413"))).isTrue();
        assertThat(test("set_state__in", List.of("debug", "safe"), F.textNode("debug"))).isTrue();
        assertThat(test("set_state__in", new String[] {"safe"}, F.textNode("debug"))).isFalse();
        assertThat(test("id__gt", 10, F.numberNode(12))).isTrue();
        assertThat(test("id__lte", 10, F.numberNode(12))).isFalse();
        assertThat(test("expires_on__lt", "2027-01-01", F.textNode("2026-12-22"))).isTrue();
        assertThat(test("id__lt", 10, F.nullNode())).isFalse();
        assertThat(test("island", null, F.nullNode())).isTrue();
        assertThat(test("is_active", true, F.booleanNode(true))).isTrue();
        assertThat(test("name__regex", "^node-\\d+$", F.textNode("node-1413"))).isTrue();
    }

    @Test
    void anyLeafMayMatchAndIsNullCountsMissingValues() {
        Lookup l = Lookup.of("slivers__id", 42);
        assertThat(l.test(List.of(F.numberNode(1), F.numberNode(42)))).isTrue();
        assertThat(l.test(List.of())).isFalse();
        assertThat(Lookup.of("island__isnull", true).test(List.of())).isTrue();
        assertThat(Lookup.of("island__isnull", true).test(List.of(F.nullNode()))).isTrue();
        assertThat(Lookup.of("island__isnull", false).test(List.of(F.objectNode().put("uri", "x")))).isTrue();
    }

    @Test
    void rejectsMalformedLookups() {
        assertThatThrownBy(() -> Lookup.pairs("name")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lookup.pairs(1, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lookup.of("group____name", "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lookup.of("set_state__in", "debug")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Lookup.of("island__isnull", "yes")).isInstanceOf(IllegalArgumentException.class);
    }

    private static boolean test(String key, Object value, JsonNode leaf) {
        return Lookup.of(key, value).test(List.of(leaf));
    }
}
