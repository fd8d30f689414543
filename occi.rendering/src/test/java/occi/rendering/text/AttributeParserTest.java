package occi.rendering.text;

import static occi.rendering.text.Refusals.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AttributeParserTest {

    private static Object value(String attribute) {
        return AttributeParser.parse(new Field(FieldName.ATTRIBUTE, attribute, "line 1")).value();
    }

    @Test
    void quotedTextIsAString() {
        assertThat(value("occi.compute.hostname=\"vm1\"")).isEqualTo("vm1");
        assertThat(value("occi.compute.hostname=\"\"")).isEqualTo("");
    }

    @Test
    void enumsAreQuotedStrings() {
        assertThat(value("occi.compute.state=\"active\"")).isEqualTo("active");
    }

    @Test
    void bareIntegersAreLongsAndBeyondLongBigDecimals() {
        assertThat(value("occi.compute.cores=2")).isEqualTo(2L);
        assertThat(value("a=-7")).isEqualTo(-7L);
        assertThat(value("a=+7")).isEqualTo(7L);
        assertThat(value("a=9223372036854775807")).isEqualTo(Long.MAX_VALUE);
        assertThat(value("a=9223372036854775808")).isEqualTo(new BigDecimal("9223372036854775808"));
    }

    @Test
    void bareFloatsAreBigDecimalsKeepingTheirDigits() {
        assertThat(value("occi.compute.memory=4.50")).isEqualTo(new BigDecimal("4.50"));
        assertThat(value("a=.5")).isEqualTo(new BigDecimal("0.5"));
        assertThat(value("a=2.")).isEqualTo(new BigDecimal("2"));
        assertThat(value("a=-1.5e3")).isEqualTo(new BigDecimal("-1.5E3"));
    }

    @Test
    void bareTrueAndFalseAreBooleans() {
        assertThat(value("a=true")).isEqualTo(true);
        assertThat(value("a=false")).isEqualTo(false);
        assertThat(value("a=\"true\"")).isEqualTo("true");
    }

    @Test
    void quotedNumbersOfOcci11ClientsStayStringsForTheServerToCoerce() {
        assertThat(value("occi.compute.cores=\"2\"")).isEqualTo("2");
        assertThat(value("occi.compute.memory=\"1.5\"")).isEqualTo("1.5");
    }

    @Test
    void backslashEscapesQuotesBackslashesAndControlCharacters() {
        assertThat(value("a=\"say \\\"hi\\\"\"")).isEqualTo("say \"hi\"");
        assertThat(value("a=\"C:\\\\temp\"")).isEqualTo("C:\\temp");
        assertThat(value("a=\"one\\ntwo\\r\\tthree\"")).isEqualTo("one\ntwo\r\tthree");
        assertThat(value("a=\"\\x\"")).isEqualTo("x"); // RFC 7230 quoted-pair
    }

    @Test
    void unicodeIsReadAsWrittenOrAsEscapes() {
        assertThat(value("a=\"é ✓ 😀\"")).isEqualTo("é ✓ 😀");
        assertThat(value("a=\"\\u00e9 \\u2713 \\ud83d\\ude00\"")).isEqualTo("é ✓ 😀");
    }

    @Test
    void spacesAroundTheEqualsSignAndTheValueAreAllowed() {
        assertThat(value("  a = 3  ")).isEqualTo(3L);
    }

    @Test
    void refusesAnAttributeWithoutEqualsSign() {
        badRequest("line 1: expected '=' after occi.compute.cores, found the end", () -> value("occi.compute.cores"));
    }

    @Test
    void refusesAnAttributeWithoutValue() {
        badRequest("line 1: missing value of a", () -> value("a="));
    }

    @Test
    void refusesAnAttributeWithoutName() {
        badRequest("line 1: missing the name of X-OCCI-Attribute, found '=2'", () -> value("=2"));
    }

    @Test
    void refusesAnInvalidName() {
        badRequest("line 1: '.a' is not a valid name of X-OCCI-Attribute", () -> value(".a=1"));
    }

    @Test
    void refusesBareTextThatIsNeitherNumberNorBoolean() {
        badRequest("line 1: the value of occi.compute.architecture is x86: quote text (\"x86\"), write numbers and true/false bare",
                () -> value("occi.compute.architecture=x86"));
        badRequest("line 1: the value of a is 1.2.3: quote text (\"1.2.3\"), write numbers and true/false bare",
                () -> value("a=1.2.3"));
    }

    @Test
    void refusesANumberWhoseExponentIsOutOfRange() {
        badRequest("line 1: the value of a is 1e99999999999: exponent out of range", () -> value("a=1e99999999999"));
    }

    @Test
    void refusesAnUnterminatedString() {
        badRequest("line 1: unterminated quoted string in the value of a", () -> value("a=\"open"));
        badRequest("line 1: unterminated quoted string in the value of a", () -> value("a=\"open\\"));
    }

    @Test
    void refusesABrokenUnicodeEscape() {
        badRequest("line 1: '\\u00zz' in the value of a is not a \\u escape of four hex digits", () -> value("a=\"\\u00zz\""));
        badRequest("line 1: '\\u-123' in the value of a is not a \\u escape of four hex digits", () -> value("a=\"\\u-123\""));
        badRequest("line 1: incomplete \\u escape in the value of a", () -> value("a=\"\\u12\""));
    }

    @Test
    void refusesTextAfterTheValue() {
        badRequest("line 1: unexpected 'b' after the value of X-OCCI-Attribute a (quote a value that has spaces or separators)",
                () -> value("a=\"x\" b"));
        badRequest("line 1: unexpected '; b=2' after the value of X-OCCI-Attribute a (quote a value that has spaces or separators)",
                () -> value("a=1; b=2"));
    }
}
