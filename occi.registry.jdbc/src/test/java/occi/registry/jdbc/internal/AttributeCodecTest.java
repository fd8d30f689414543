package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AttributeCodecTest {

    private final AttributeCodec codec = new AttributeCodec();

    @Test
    void jsonKeepsLongsDecimalsAndKeyOrder() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("z", new BigDecimal("3"));
        attributes.put("a", 3L);
        attributes.put("m", new BigDecimal("-1.250"));
        attributes.put("e", new BigDecimal("1E+5"));
        attributes.put("l", List.of(new BigDecimal("7"), 7L));

        Map<String, Object> back = codec.fromJson(codec.toJson(attributes));

        assertThat(back).isEqualTo(attributes);
        assertThat(back.keySet()).containsExactly("z", "a", "m", "e", "l");
        assertThat(((List<?>) back.get("l")).get(0)).isInstanceOf(BigDecimal.class);
    }

    @Test
    void indexValuesAreCanonicalStrings() {
        assertThat(codec.indexValue(new BigDecimal("2.50"))).isEqualTo("2.5");
        assertThat(codec.indexValue(new BigDecimal("2"))).isEqualTo(codec.indexValue(2L));
        assertThat(codec.indexValue(new BigDecimal("0.000"))).isEqualTo("0");
        assertThat(codec.indexValue(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(codec.indexValue(true)).isEqualTo("true");
        assertThat(codec.indexValue(List.of("a", 1L))).isEqualTo("[\"a\",1]");
        assertThat(codec.indexValue("as is")).isEqualTo("as is");
    }
}
