package occi.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextValuesTest {

    private final TextValues values = new TextValues();

    /** Writes a value as an X-OCCI-Attribute and reads it back. */
    private Object roundTrip(Object value, boolean asciiOnly) {
        String written = "a=" + values.value(value, asciiOnly);
        return AttributeParser.parse(new Field(FieldName.ATTRIBUTE, written, "line 1")).value();
    }

    @Test
    void everyScalarTheGrammarHoldsReadsBackWithItsTypeAndDigits() {
        for (Object value : List.of("text", "", 0L, Long.MAX_VALUE, true, false, new BigDecimal("4.50"),
                new BigDecimal("0.001"), new BigDecimal("123456789012345678901234567890"))) {
            assertThat(roundTrip(value, false)).as("%s", value).isEqualTo(value);
            assertThat(roundTrip(value, true)).as("%s in a header", value).isEqualTo(value);
        }
    }

    /** GFD.229: {@code int = *DIGIT}, {@code float = *DIGIT "." *DIGIT}; no sign, no exponent. */
    @Test
    void numbersOutsideTheGrammarAreWrittenAsQuotedDigits() {
        assertThat(values.value(-1L, false)).isEqualTo("\"-1\"");
        assertThat(values.value(Long.MIN_VALUE, true)).isEqualTo("\"" + Long.MIN_VALUE + "\"");
        assertThat(values.value(new BigDecimal("-0.001"), false)).isEqualTo("\"-0.001\"");
        assertThat(values.value(new BigDecimal("1E+2000"), false)).isEqualTo("\"1E+2000\"");
        assertThat(values.value(-2.5d, false)).isEqualTo("\"-2.5\"");
        // read back as text: the server coerces it by the attribute's type
        assertThat(roundTrip(new BigDecimal("1E-2000"), false)).isEqualTo("1E-2000");
        assertThat(new BigDecimal((String) roundTrip(new BigDecimal("-0.001"), true))).isEqualTo(new BigDecimal("-0.001"));
    }

    @Test
    void wholeNumbersOfAnyScaleAreWrittenAsIntegers() {
        assertThat(values.value(new BigDecimal("1E+3"), false)).isEqualTo("1000");
        assertThat(values.value(2.5d, false)).isEqualTo("2.5");
    }

    @Test
    void controlCharactersAreEscapedSoThatAValueStaysOnItsLine() {
        String tricky = "line1\r\nX-OCCI-Attribute: injected=1\u0000\u007f\t\"\\";

        assertThat(values.value(tricky, false)).doesNotContain("\n", "\r", "\u0000", "\u007f")
                .isEqualTo("\"line1\\r\\nX-OCCI-Attribute: injected=1\\u0000\\u007f\\t\\\"\\\\\"");
        assertThat(roundTrip(tricky, false)).isEqualTo(tricky);
        assertThat(roundTrip(tricky, true)).isEqualTo(tricky);
    }

    @Test
    void unicodeIsWrittenAsIsInABodyAndEscapedInHeaders() {
        assertThat(values.value("é😀", false)).isEqualTo("\"é😀\"");
        assertThat(values.value("é😀", true)).isEqualTo("\"\\u00e9\\ud83d\\ude00\"");
    }

    @Test
    void arraysAndObjectsAreWrittenAsTheirJsonText() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("a", 1L);
        object.put("b", List.of("x", true));

        assertThat(values.value(List.of(1L, "two"), false)).isEqualTo("\"[1,\\\"two\\\"]\"");
        assertThat(roundTrip(object, false)).isEqualTo("{\"a\":1,\"b\":[\"x\",true]}");
    }
}
