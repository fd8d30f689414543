package occi.rendering.text;

import static occi.rendering.text.Refusals.badRequest;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.rendering.CategoryRepresentation;
import org.junit.jupiter.api.Test;

class CategoryParserTest {

    private static final CategoryId COMPUTE = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute");
    private static final CategoryId RESOURCE = CategoryId.parse("http://schemas.ogf.org/occi/core#resource");
    private static final CategoryId OS_TPL = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#os_tpl");

    private static ParsedCategory parse(String value) {
        return CategoryParser.parse(new Field(FieldName.CATEGORY, value, "line 3"));
    }

    @Test
    void readsEveryPartOfAQueryInterfaceCategory() {
        ParsedCategory category = parse("compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\";"
                + " title=\"Compute Resource\"; rel=\"http://schemas.ogf.org/occi/core#resource\"; location=\"/compute/\";"
                + " attributes=\"occi.compute.cores occi.compute.state{immutable required} occi.compute.hostname{required}\";"
                + " actions=\"http://schemas.ogf.org/occi/infrastructure/compute/action#start"
                + " http://schemas.ogf.org/occi/infrastructure/compute/action#stop\"");

        assertThat(category.representation()).isEqualTo(new CategoryRepresentation(COMPUTE, "kind", "Compute Resource",
                List.of(RESOURCE), List.of(), "/compute/", Kind.attributes(
                        AttributeDefinition.builder("occi.compute.cores", AttributeType.STRING).build(),
                        AttributeDefinition.builder("occi.compute.state", AttributeType.STRING).immutable().required().build(),
                        AttributeDefinition.builder("occi.compute.hostname", AttributeType.STRING).required().build())));
        assertThat(category.actions()).extracting(CategoryId::term).containsExactly("start", "stop");
        assertThat(category.where()).isEqualTo("line 3");
    }

    @Test
    void aFilterCategoryNeedsOnlyTermAndScheme() {
        assertThat(parse("compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"").representation())
                .isEqualTo(new CategoryRepresentation(COMPUTE, null, null, List.of(), List.of(), null, null));
    }

    @Test
    void occi11RelNamesAMixinsDependenciesWhichNeedNotExist() {
        CategoryRepresentation mixin = parse("my_stuff; scheme=\"http://example.com/occi/my_stuff#\"; class=\"mixin\";"
                + " rel=\"http://example.com/occi/something_else#mixin\"; location=\"/my_stuff/\"").representation();

        assertThat(mixin.depends()).containsExactly(CategoryId.parse("http://example.com/occi/something_else#mixin"));
        assertThat(mixin.applies()).isEmpty();
        assertThat(mixin.location()).isEqualTo("/my_stuff/");
    }

    @Test
    void dependsAndAppliesWinOverRelWhenGiven() {
        CategoryRepresentation mixin = parse("ubuntu; scheme=\"http://example.com/os#\"; class=\"mixin\";"
                + " rel=\"http://schemas.ogf.org/occi/infrastructure#os_tpl http://schemas.ogf.org/occi/infrastructure#compute\";"
                + " depends=\"http://schemas.ogf.org/occi/infrastructure#os_tpl\";"
                + " applies=\"http://schemas.ogf.org/occi/infrastructure#compute\"; location=\"/os/ubuntu/\"").representation();

        assertThat(mixin.depends()).containsExactly(OS_TPL);
        assertThat(mixin.applies()).containsExactly(COMPUTE);
    }

    @Test
    void isLenientWhereClientsDiffer() {
        // unquoted class, upper case parameter names and class, a trailing ';', extra spaces, unknown parameters
        CategoryRepresentation category = parse("  compute ;SCHEME=\"http://schemas.ogf.org/occi/infrastructure#\" ;"
                + " class=KIND ; x-vendor=\"ignored\";").representation();

        assertThat(category.id()).isEqualTo(COMPUTE);
        assertThat(category.categoryClass()).isEqualTo("kind");
    }

    @Test
    void anAbsoluteLocationIsKeptAsGiven() {
        assertThat(parse("my; scheme=\"http://e.com/t#\"; class=\"mixin\"; location=\"http://e.com/my/\"")
                .representation().location()).isEqualTo("http://e.com/my/");
    }

    @Test
    void aTitleMayHoldSeparatorsAndEscapes() {
        assertThat(parse("c; scheme=\"http://e.com/t#\"; title=\"a; b, \\\"c\\\" = d\"").representation().title())
                .isEqualTo("a; b, \"c\" = d");
    }

    @Test
    void refusesACategoryWithoutScheme() {
        badRequest("line 3: missing scheme in Category compute", () -> parse("compute; class=\"kind\""));
        badRequest("line 3: missing scheme in Category compute", () -> parse("compute"));
        badRequest("line 3: missing scheme in Category compute", () -> parse("compute; scheme=\"\""));
    }

    @Test
    void refusesACategoryWithoutTerm() {
        badRequest("line 3: missing term in Category, found '; scheme=\"http://e.c...'", () -> parse("; scheme=\"http://e.com/t#\""));
        badRequest("line 3: missing term in Category, found the end", () -> parse(""));
    }

    @Test
    void refusesAnInvalidTerm() {
        badRequest("line 3: Category: '-x' is not a valid category term", () -> parse("-x; scheme=\"http://e.com/t#\""));
    }

    @Test
    void refusesASchemeThatIsNoUri() {
        badRequest("line 3: the scheme of Category c is not a URI: Illegal character in scheme name at index 4: http ://x#",
                () -> parse("c; scheme=\"http ://x#\""));
    }

    @Test
    void refusesAnUnknownClass() {
        badRequest("line 3: class of Category http://e.com/t#c is 'kinds', not kind, mixin or action",
                () -> parse("c; scheme=\"http://e.com/t#\"; class=\"kinds\""));
    }

    @Test
    void refusesAParameterGivenTwice() {
        badRequest("line 3: parameter class given twice in Category c",
                () -> parse("c; scheme=\"http://e.com/t#\"; class=\"kind\"; Class=\"mixin\""));
    }

    @Test
    void refusesParametersWithoutSeparator() {
        badRequest("line 3: expected ';' between the parameters of Category c, found 'class=\"kind\"'",
                () -> parse("c; scheme=\"http://e.com/t#\" class=\"kind\""));
    }

    @Test
    void refusesAParameterWithoutValue() {
        badRequest("line 3: expected '=' after class, found '; title=\"x\"'",
                () -> parse("c; scheme=\"http://e.com/t#\"; class; title=\"x\""));
        badRequest("line 3: missing value of class", () -> parse("c; scheme=\"http://e.com/t#\"; class="));
    }

    @Test
    void refusesAnUnterminatedQuotedString() {
        badRequest("line 3: unterminated quoted string in the value of title",
                () -> parse("c; scheme=\"http://e.com/t#\"; title=\"open"));
    }

    @Test
    void refusesARelThatIsNoTypeIdentifier() {
        badRequest("line 3: rel of Category http://e.com/t#c: 'resource' is not a category type identifier (scheme#term)",
                () -> parse("c; scheme=\"http://e.com/t#\"; rel=\"resource\""));
    }

    @Test
    void refusesAnActionThatIsNoTypeIdentifier() {
        badRequest("line 3: actions of Category http://e.com/t#c: 'http://e.com/a#' is not a category type identifier (scheme#term)",
                () -> parse("c; scheme=\"http://e.com/t#\"; actions=\"http://e.com/a#\""));
    }

    @Test
    void refusesALocationThatIsNoUri() {
        badRequest("line 3: the location of Category http://e.com/t#c is not a URI: Illegal character in path at index 2: /a b/",
                () -> parse("c; scheme=\"http://e.com/t#\"; location=\"/a b/\""));
    }

    @Test
    void refusesAnUnknownAttributeProperty() {
        badRequest("line 3: attribute a of Category http://e.com/t#c has property 'mutable', not immutable or required",
                () -> parse("c; scheme=\"http://e.com/t#\"; attributes=\"a{mutable}\""));
    }

    @Test
    void refusesUnclosedAttributeProperties() {
        badRequest("line 3: missing '}' after the properties of attribute a in Category http://e.com/t#c",
                () -> parse("c; scheme=\"http://e.com/t#\"; attributes=\"a{required b\""));
    }

    @Test
    void refusesPropertiesWithoutAttributeName() {
        badRequest("line 3: an attribute of Category http://e.com/t#c has properties but no name",
                () -> parse("c; scheme=\"http://e.com/t#\"; attributes=\"{required}\""));
    }

    @Test
    void refusesAnAttributeListedTwice() {
        badRequest("line 3: attribute a listed twice in Category http://e.com/t#c",
                () -> parse("c; scheme=\"http://e.com/t#\"; attributes=\"a b a{required}\""));
    }

    @Test
    void refusesAnInvalidAttributeName() {
        badRequest("line 3: attribute of Category http://e.com/t#c: 'a..b' is not a valid attribute name",
                () -> parse("c; scheme=\"http://e.com/t#\"; attributes=\"a..b\""));
    }

    /** Shortens the expected definitions. */
    private static final class Kind {
        static java.util.Map<String, AttributeDefinition> attributes(AttributeDefinition... definitions) {
            return occi.api.Kind.attributes(definitions);
        }
    }
}
