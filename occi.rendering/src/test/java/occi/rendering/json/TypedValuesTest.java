package occi.rendering.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import occi.api.rendering.EntityRepresentation;
import org.junit.jupiter.api.Test;

/** Values keep their JSON types on the way in and on the way out; nothing is quoted or rounded. */
class TypedValuesTest {

    private final JsonRendering rendering = TestIo.rendering();

    @Test
    void valuesComeInTyped() {
        EntityRepresentation parsed = rendering.parseEntity(TestIo.request("""
                {"kind":"http://schemas.ogf.org/occi/infrastructure#compute","id":"a","attributes":{
                  "int":2, "negative":-7, "bigint":98765432109876543210, "decimal":2.50, "exp":1e3,
                  "true":true, "text":"2", "array":[1,"x",[false]], "object":{"n":1.5,"o":{}}}}
                """));
        Map<String, Object> a = parsed.attributes();

        assertThat(a.get("int")).isEqualTo(2L);
        assertThat(a.get("negative")).isEqualTo(-7L);
        assertThat(a.get("bigint")).isEqualTo(new BigDecimal("98765432109876543210"));
        assertThat(a.get("decimal")).isInstanceOf(BigDecimal.class).hasToString("2.50");
        assertThat(a.get("exp")).isInstanceOf(BigDecimal.class).satisfies(v -> assertThat((BigDecimal) v).isEqualByComparingTo("1000"));
        assertThat(a.get("true")).isEqualTo(Boolean.TRUE);
        assertThat(a.get("text")).isEqualTo("2");
        assertThat(a.get("array")).isEqualTo(List.of(1L, "x", List.of(false)));
        assertThat(a.get("object")).isEqualTo(Map.of("n", new BigDecimal("1.5"), "o", Map.of()));
        assertThat(a.get("occi.core.id")).isEqualTo("a");
    }

    @Test
    void valuesGoOutTyped() throws IOException {
        TestIo.Response response = new TestIo.Response();
        rendering.renderEntity(TestModel.compute("c1"), TestIo.context(), response);
        JsonNode attributes = SpecSchema.read(response.text()).get("attributes");

        assertThat(attributes.get("occi.compute.cores").isIntegralNumber()).isTrue();
        assertThat(attributes.get("occi.compute.memory").isNumber()).isTrue();
        assertThat(response.text()).contains("\"occi.compute.memory\":8.25", "\"occi.compute.cores\":4",
                "\"example.compute.ephemeral\":true", "\"example.compute.tags\":[\"web\",2]",
                "\"example.compute.placement\":{\"zone\":\"z1\"}");
    }

    @Test
    void largeAndExactNumbersAreWrittenExactlyAndWithoutExponent() throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        try (var out = SpecSchema.MAPPER.getFactory().createGenerator(text)) {
            out.enable(com.fasterxml.jackson.core.JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
            JsonValues.write(out, List.of(new BigDecimal("1E+3"), new BigDecimal("0.10"), Long.MAX_VALUE));
        }
        assertThat(text).hasToString("[1000,0.10," + Long.MAX_VALUE + "]");

        TestIo.Response response = new TestIo.Response();
        rendering.renderMessage(200, "OK", TestIo.context(), response);
        assertThat(response.text()).isEqualTo("{\"code\":200,\"message\":\"OK\"}");
    }
}
