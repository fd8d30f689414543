package occi.rendering.text;

import static occi.rendering.text.Refusals.badRequest;
import static occi.rendering.text.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyFieldsTest {

    private static List<Field> read(String body, TextLimits limits) {
        return BodyFields.read(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), limits);
    }

    private static List<Field> read(String body) {
        return read(body, TextLimits.DEFAULTS);
    }

    @Test
    void readsOneFieldPerLineWithItsLineNumber() {
        assertThat(read("Category: c; scheme=\"http://e.com/t#\"\r\n\r\nx-occi-attribute: a=1\nX-OCCI-Location: /c/1\n"))
                .containsExactly(
                        new Field(FieldName.CATEGORY, "c; scheme=\"http://e.com/t#\"", "line 1"),
                        new Field(FieldName.ATTRIBUTE, "a=1", "line 3"),
                        new Field(FieldName.LOCATION, "/c/1", "line 4"));
    }

    @Test
    void takesCrlfLfLfCrAndALoneCrAsLineEnds() {
        List<Field> expected = List.of(
                new Field(FieldName.CATEGORY, "c; scheme=\"http://e.com/t#\"", "line 1"),
                new Field(FieldName.ATTRIBUTE, "a=1", "line 2"),
                new Field(FieldName.ATTRIBUTE, "b=\"x\"", "line 3"));
        for (String end : List.of("\r\n", "\n", "\n\r", "\r")) {
            assertThat(read("Category: c; scheme=\"http://e.com/t#\"" + end + "X-OCCI-Attribute: a=1" + end
                    + "X-OCCI-Attribute: b=\"x\"" + end)).as("lines ended by %s", end.replace("\r", "CR").replace("\n", "LF"))
                    .isEqualTo(expected);
        }
        // mixed, and a stray CR between lines
        assertThat(read("Category: c; scheme=\"http://e.com/t#\"\n\rX-OCCI-Attribute: a=1\rX-OCCI-Attribute: b=\"x\"\r\n"))
                .isEqualTo(expected);
    }

    @Test
    void splitsSeveralAttributesOfOneLineWithEscapedQuotesAndCommasInside() {
        assertThat(read("X-OCCI-Attribute: a=\"say \\\"hi, there\\\"\", b=2, c=\"x,y\"\n"))
                .containsExactly(
                        new Field(FieldName.ATTRIBUTE, "a=\"say \\\"hi, there\\\"\"", "line 1, value 1"),
                        new Field(FieldName.ATTRIBUTE, "b=2", "line 1, value 2"),
                        new Field(FieldName.ATTRIBUTE, "c=\"x,y\"", "line 1, value 3"));
    }

    @Test
    void splitsCommaJoinedValuesOfALine() {
        assertThat(read("X-OCCI-Attribute: a=1, b=\"x, y\"\nLink: </a>; rel=\"a#b\""))
                .containsExactly(
                        new Field(FieldName.ATTRIBUTE, "a=1", "line 1, value 1"),
                        new Field(FieldName.ATTRIBUTE, "b=\"x, y\"", "line 1, value 2"),
                        new Field(FieldName.LINK, "</a>; rel=\"a#b\"", "line 2"));
    }

    @Test
    void joinsFoldedContinuationLines() {
        assertThat(read("Category: compute;\n    scheme=\"http://schemas.ogf.org/occi/infrastructure#\";\n\tclass=\"kind\"\nX-OCCI-Attribute: a=1"))
                .containsExactly(
                        new Field(FieldName.CATEGORY, "compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"", "line 1"),
                        new Field(FieldName.ATTRIBUTE, "a=1", "line 4"));
    }

    @Test
    void skipsAByteOrderMarkAndAnEmptyBody() {
        assertThat(read("\uFEFFX-OCCI-Location: /c/1")).containsExactly(new Field(FieldName.LOCATION, "/c/1", "line 1"));
        assertThat(read("")).isEmpty();
        assertThat(read("\r\n\n  \n")).isEmpty();
    }

    @Test
    void refusesALineWithoutName() {
        badRequest("line 2: expected 'Name: value', found 'compute; scheme=\"http://e.com/t#\"'",
                () -> read("X-OCCI-Attribute: a=1\ncompute; scheme=\"http://e.com/t#\""));
        badRequest("line 1: expected 'Name: value', found ': a=1'", () -> read(": a=1"));
    }

    @Test
    void refusesAnUnknownField() {
        badRequest("line 1: unknown field 'Content-Type', expected Category, Link, X-OCCI-Attribute or X-OCCI-Location",
                () -> read("Content-Type: text/plain"));
    }

    @Test
    void refusesALineLongerThanTheLimit() {
        TextLimits limits = new TextLimits(20, 10, 1000);
        assertThat(read("X-OCCI-Location: /c\r\n", limits)).hasSize(1); // 19 characters and CRLF
        badRequest("line 2: longer than 20 characters", () -> read("X-OCCI-Location: /c\nX-OCCI-Location: /c/1\n", limits));
        badRequest("line 1: longer than 20 characters", () -> read("X-OCCI-Location: /c/1/2/3/4/5/6/7/8/9/10", limits));
    }

    @Test
    void refusesAFieldLongerThanTheLimitAfterFolding() {
        TextLimits limits = new TextLimits(20, 10, 1000);
        badRequest("line 1: X-OCCI-Attribute value longer than 20 characters",
                () -> read("X-OCCI-Attribute: a=\n \"0123456789\n 0123456789\"", limits));
    }

    @Test
    void refusesMoreFieldsThanTheLimitCountingCommaJoinedValues() {
        TextLimits limits = new TextLimits(100, 3, 1000);
        assertThat(read("X-OCCI-Attribute: a=1, b=2\nX-OCCI-Attribute: c=3", limits)).hasSize(3);
        badRequest("line 2, value 2: more than 3 Category, Link, X-OCCI-Attribute and X-OCCI-Location values in one request",
                () -> read("X-OCCI-Attribute: a=1, b=2\nX-OCCI-Attribute: c=3, d=4", limits));
    }

    @Test
    void refusesABodyLargerThanTheLimitWith413() {
        TextLimits limits = new TextLimits(100, 100, 30);
        assertThat(read("X-OCCI-Location: /compute/1\r\n", limits)).hasSize(1); // 29 bytes
        refused(413, "the request body is larger than 30 bytes", () -> read("X-OCCI-Location: /compute/123\r\n", limits));
    }

    @Test
    void refusesABodyThatIsNotUtf8() {
        byte[] latin1 = "X-OCCI-Attribute: a=1\nX-OCCI-Attribute: b=\"caf\u00e9\"".getBytes(StandardCharsets.ISO_8859_1);
        badRequest("line 2: the body is not UTF-8 text",
                () -> BodyFields.read(new ByteArrayInputStream(latin1), TextLimits.DEFAULTS));
    }
}
