package occi.rendering.text;

import static occi.rendering.text.Refusals.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HeaderFieldsTest {

    @Test
    void repeatedAndCommaJoinedHeadersCarryTheSameValues() {
        TestRequest repeated = TestRequest.headers()
                .header("X-OCCI-Attribute", "a=1")
                .header("X-OCCI-Attribute", "b=\"x, y\"")
                .header("X-OCCI-Attribute", "c=true");
        TestRequest joined = TestRequest.headers().header("X-OCCI-Attribute", "a=1, b=\"x, y\", c=true");
        TestRequest mixed = TestRequest.headers()
                .header("X-OCCI-Attribute", "a=1, b=\"x, y\"")
                .header("x-occi-attribute", "c=true");

        List<String> expected = List.of("a=1", "b=\"x, y\"", "c=true");
        assertThat(HeaderFields.read(repeated, TextLimits.DEFAULTS)).extracting(Field::value).isEqualTo(expected);
        assertThat(HeaderFields.read(joined, TextLimits.DEFAULTS)).extracting(Field::value).isEqualTo(expected);
        assertThat(HeaderFields.read(mixed, TextLimits.DEFAULTS)).extracting(Field::value).isEqualTo(expected);
    }

    @Test
    void namesWhereEachValueCameFrom() {
        TestRequest request = TestRequest.headers()
                .header("Category", "c; scheme=\"http://e.com/t#\"")
                .header("X-OCCI-Attribute", "a=1, b=2")
                .header("X-OCCI-Location", "/c/1");

        assertThat(HeaderFields.read(request, TextLimits.DEFAULTS)).containsExactly(
                new Field(FieldName.CATEGORY, "c; scheme=\"http://e.com/t#\"", "Category header 1"),
                new Field(FieldName.ATTRIBUTE, "a=1", "X-OCCI-Attribute header 1, value 1"),
                new Field(FieldName.ATTRIBUTE, "b=2", "X-OCCI-Attribute header 1, value 2"),
                new Field(FieldName.LOCATION, "/c/1", "X-OCCI-Location header 1"));
    }

    @Test
    void refusesMoreValuesThanTheLimit() {
        TestRequest request = TestRequest.headers().header("X-OCCI-Location", "/a, /b").header("X-OCCI-Location", "/c");
        badRequest("X-OCCI-Location header 2: more than 2 Category, Link, X-OCCI-Attribute and X-OCCI-Location values in one request",
                () -> HeaderFields.read(request, new TextLimits(100, 2, 100)));
    }

    @Test
    void refusesAValueLongerThanTheLimit() {
        TestRequest request = TestRequest.headers().header("X-OCCI-Attribute", "a=1, b=\"0123456789\"");
        badRequest("X-OCCI-Attribute header 1, value 2: X-OCCI-Attribute value longer than 10 characters",
                () -> HeaderFields.read(request, new TextLimits(10, 100, 100)));
    }
}
