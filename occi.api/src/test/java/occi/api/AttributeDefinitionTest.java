package occi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class AttributeDefinitionTest {

    private static AttributeDefinition of(AttributeType type) {
        return AttributeDefinition.builder("example.value", type).build();
    }

    private static void invalid(String rule, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidAttributeException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.attribute()).isEqualTo("example.value");
            assertThat(e).hasMessage("attribute example.value: " + rule);
        });
    }

    @Test
    void aBuilderDefinitionIsMutableAndOptionalUnlessSaidOtherwise() {
        AttributeDefinition plain = of(AttributeType.STRING);
        AttributeDefinition state = AttributeDefinition.builder("occi.compute.state", AttributeType.ENUM)
                .values("active", "inactive").immutable().required().defaultValue("inactive")
                .pattern("[a-z]+").description("the state").build();

        assertThat(plain.mutable()).isTrue();
        assertThat(plain.required()).isFalse();
        assertThat(plain.defaultValue()).isNull();
        assertThat(state).isEqualTo(new AttributeDefinition("occi.compute.state", AttributeType.ENUM,
                List.of("active", "inactive"), false, true, "inactive", "[a-z]+", "the state"));
    }

    @Test
    void stringsAcceptTextAndTheTextOfNumbersAndBooleans() {
        AttributeDefinition string = of(AttributeType.STRING);

        assertThat(string.coerce("vm1")).isEqualTo("vm1");
        assertThat(string.coerce(2)).isEqualTo("2");
        assertThat(string.coerce(1.5d)).isEqualTo("1.5");
        assertThat(string.coerce(true)).isEqualTo("true");
        invalid("expected a string", () -> string.coerce(List.of("a")));
        invalid("expected a string", () -> string.coerce(Map.of()));
    }

    @Test
    void enumsAcceptOnlyTheirValues() {
        AttributeDefinition architecture = AttributeDefinition.builder("example.value", AttributeType.ENUM)
                .values("x86", "x64").build();

        assertThat(architecture.coerce("x64")).isEqualTo("x64");
        invalid("'arm' is not one of [x86, x64]", () -> architecture.coerce("arm"));
        invalid("'X86' is not one of [x86, x64]", () -> architecture.coerce("X86"));
        invalid("expected a string", () -> architecture.coerce(List.of()));
    }

    @Test
    void integersAreLongsFromAnyWholeNumberOrItsText() {
        AttributeDefinition integer = of(AttributeType.INTEGER);

        assertThat(integer.coerce(2)).isEqualTo(2L);
        assertThat(integer.coerce((short) 2)).isEqualTo(2L);
        assertThat(integer.coerce(2L)).isEqualTo(2L);
        assertThat(integer.coerce(new BigDecimal("2.00"))).isEqualTo(2L);
        assertThat(integer.coerce(BigInteger.valueOf(7))).isEqualTo(7L);
        assertThat(integer.coerce("2")).isEqualTo(2L); // OCCI 1.1 clients quote numbers
        assertThat(integer.coerce(" -3 ")).isEqualTo(-3L);
        assertThat(integer.coerce(4.0d)).isEqualTo(4L);
        invalid("expected an integer, not 2.5", () -> integer.coerce(2.5d));
        invalid("expected an integer, not 2.5", () -> integer.coerce("2.5"));
        invalid("an integer lies between -9223372036854775808 and 9223372036854775807", () -> integer.coerce("9223372036854775808"));
        invalid("an integer lies between -9223372036854775808 and 9223372036854775807", () -> integer.coerce("1e100000000"));
        invalid("expected a number, not 'two'", () -> integer.coerce("two"));
        invalid("expected an integer", () -> integer.coerce(true));
    }

    @Test
    void numbersAreBigDecimalsFromAnyNumberOrItsText() {
        AttributeDefinition number = of(AttributeType.NUMBER);

        assertThat(number.coerce(2)).isEqualTo(BigDecimal.valueOf(2));
        assertThat(number.coerce(1.5d)).isEqualTo(new BigDecimal("1.5"));
        assertThat(number.coerce(1.5f)).isEqualTo(new BigDecimal("1.5"));
        assertThat(number.coerce(new BigDecimal("4.50"))).isEqualTo(new BigDecimal("4.50"));
        assertThat(number.coerce("1.33")).isEqualTo(new BigDecimal("1.33"));
        assertThat(number.coerce("2")).isEqualTo(BigDecimal.valueOf(2));
        invalid("expected a number, not '1,5'", () -> number.coerce("1,5"));
        invalid("expected a number", () -> number.coerce(false));
        invalid("expected a number", () -> number.coerce(List.of(1)));
    }

    @Test
    void numbersAreBoundedSoThatNoValueRunsToMegabytesOfText() {
        AttributeDefinition number = of(AttributeType.NUMBER);
        String range = "a number lies between -1.7976931348623157E308 and 1.7976931348623157E308";

        assertThat(number.coerce("1.7976931348623157e308")).isEqualTo(new BigDecimal("1.7976931348623157e308"));
        assertThat(number.coerce("-4.9e-324")).isEqualTo(new BigDecimal("-4.9e-324"));
        assertThat(number.coerce(Double.MAX_VALUE)).isEqualTo(BigDecimal.valueOf(Double.MAX_VALUE));
        invalid(range, () -> number.coerce("1e100000000"));
        invalid(range, () -> number.coerce("1e10000"));
        invalid(range, () -> number.coerce("-1.8e308"));
        invalid(range, () -> number.coerce(new BigDecimal("1e400")));
        invalid("a number has at most 340 digits after the decimal point", () -> number.coerce("1e-100000000"));
        invalid("a number has at most 340 digits after the decimal point", () -> number.coerce("0e-100000000"));
        invalid("a number has at most 34 significant digits", () -> number.coerce("1." + "1".repeat(40)));
        invalid("a number is written in at most 64 characters", () -> number.coerce("1".repeat(65)));
        invalid("a number is finite, not Infinity", () -> number.coerce(Double.POSITIVE_INFINITY));
        invalid("a number is finite, not NaN", () -> number.coerce(Float.NaN));
        invalid(range, () -> of(AttributeType.ARRAY).coerce(List.of(1, List.of(new BigDecimal("1e9999")))));
        invalid(range, () -> of(AttributeType.OBJECT).coerce(Map.of("a", new BigDecimal("-1e9999"))));
        invalid("a number is finite", () -> of(AttributeType.ARRAY).coerce(List.of(Double.NaN)));
        invalid(range, () -> of(AttributeType.STRING).coerce(new BigDecimal("1e9999")));
    }

    @Test
    void booleansAreTrueOrFalseOrTheirText() {
        AttributeDefinition bool = of(AttributeType.BOOLEAN);

        assertThat(bool.coerce(true)).isEqualTo(true);
        assertThat(bool.coerce("false")).isEqualTo(false);
        invalid("expected true or false", () -> bool.coerce("yes"));
        invalid("expected true or false", () -> bool.coerce("True"));
        invalid("expected true or false", () -> bool.coerce(1));
    }

    @Test
    void arraysAndObjectsAreUnmodifiableCanonicalCopies() {
        AttributeDefinition array = of(AttributeType.ARRAY);
        AttributeDefinition object = of(AttributeType.OBJECT);

        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) array.coerce(List.of(1, 2.5d, "x"));
        assertThat(list).containsExactly(1L, new BigDecimal("2.5"), "x");
        assertThatThrownBy(() -> list.add("y")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(object.coerce(Map.of("n", 1))).isEqualTo(Map.of("n", 1L));
        invalid("expected an array", () -> array.coerce("[1]"));
        invalid("expected an object", () -> object.coerce("{}"));
        invalid("expected an object", () -> object.coerce(List.of()));
    }

    @Test
    void aPatternMustMatchTheCanonicalValue() {
        AttributeDefinition mac = AttributeDefinition.builder("example.value", AttributeType.STRING)
                .pattern("([0-9a-f]{2}:){5}[0-9a-f]{2}").build();
        AttributeDefinition small = AttributeDefinition.builder("example.value", AttributeType.INTEGER).pattern("[0-9]").build();

        assertThat(mac.coerce("00:11:22:aa:bb:cc")).isEqualTo("00:11:22:aa:bb:cc");
        invalid("'00:11' does not match the pattern ([0-9a-f]{2}:){5}[0-9a-f]{2}", () -> mac.coerce("00:11"));
        assertThat(small.coerce("7")).isEqualTo(7L);
        invalid("'12' does not match the pattern [0-9]", () -> small.coerce(12));
    }

    @Test
    @org.junit.jupiter.api.Timeout(10)
    void aPatternThatBacktracksWithoutEndGivesUpWithA400() {
        AttributeDefinition evil = AttributeDefinition.builder("example.value", AttributeType.STRING).pattern("(.*a){20}b").build();

        invalid("the pattern (.*a){20}b takes too long to match this value (more than 1000480 steps); a simpler pattern or value is needed",
                () -> evil.coerce("a".repeat(30)));
        assertThat(AttributeDefinition.builder("example.value", AttributeType.STRING).pattern("(a|b)+").build().coerce("ab".repeat(100)))
                .isEqualTo("ab".repeat(100));
        String big = "x".repeat(500_000);
        assertThat(AttributeDefinition.builder("example.value", AttributeType.STRING).pattern("x*").build().coerce(big)).isEqualTo(big);
    }

    @Test
    void aValueIsRequired() {
        invalid("a value is required", () -> of(AttributeType.STRING).coerce(null));
    }

    @Test
    void theDefaultIsCoercedWhenTheDefinitionIsMade() {
        assertThat(AttributeDefinition.builder("example.value", AttributeType.INTEGER).defaultValue("4").build().defaultValue())
                .isEqualTo(4L);
        invalid("expected a number, not 'four'",
                () -> AttributeDefinition.builder("example.value", AttributeType.INTEGER).defaultValue("four").build());
    }

    @Test
    void refusesAnInvalidDefinition() {
        assertThatThrownBy(() -> AttributeDefinition.builder("occi..cores", AttributeType.STRING).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'occi..cores' is not a valid attribute name");
        assertThatThrownBy(() -> AttributeDefinition.builder("a b", AttributeType.STRING).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AttributeDefinition.builder("example.state", AttributeType.ENUM).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("enum attribute example.state needs its allowed values");
        assertThatThrownBy(() -> AttributeDefinition.builder("example.value", AttributeType.STRING).pattern("[").build())
                .isInstanceOf(java.util.regex.PatternSyntaxException.class);
        assertThatThrownBy(() -> AttributeDefinition.builder("example.value", null).build())
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void typesHaveTheirRenderingLabels() {
        assertThat(AttributeType.NUMBER.label()).isEqualTo("number");
        assertThat(AttributeType.ENUM.label()).isEqualTo("enum");
    }
}
