package occi.rendering.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import org.junit.jupiter.api.Test;

/** The documented mapping between model attribute types and the JSON attribute definition. */
class AttributeTypesTest {

    @Test
    void enumValuesWithRegexCharactersAreEscapedAndReadBack() {
        AttributeDefinition odd = AttributeDefinition.builder("a", AttributeType.ENUM).values("x.y", "a|b", "(c)", "d*").build();

        String pattern = AttributeTypes.jsonPattern(odd);
        assertThat(pattern).isEqualTo("x\\.y|a\\|b|\\(c\\)|d\\*");
        assertThat(java.util.regex.Pattern.compile(pattern).matcher("a|b").matches()).isTrue();
        assertThat(java.util.regex.Pattern.compile(pattern).matcher("xzy").matches()).isFalse();
        assertThat(AttributeTypes.modelType("string", pattern).orElseThrow())
                .isEqualTo(new AttributeTypes.Typed(AttributeType.ENUM, List.of("x.y", "a|b", "(c)", "d*"), null));
    }

    @Test
    void aStringPatternThatUsesRegexFeaturesStaysAPattern() {
        assertThat(AttributeTypes.modelType("string", "[a-z]+|[0-9]+").orElseThrow())
                .isEqualTo(new AttributeTypes.Typed(AttributeType.STRING, List.of(), "[a-z]+|[0-9]+"));
        assertThat(AttributeTypes.modelType("string", "abc").orElseThrow().type()).isEqualTo(AttributeType.STRING);
    }

    @Test
    void anEnumWhosePatternRefusesSomeValuesListsOnlyThoseItAllows() {
        AttributeDefinition definition = AttributeDefinition.builder("a", AttributeType.ENUM).values("x86", "x64", "arm")
                .pattern("x.*").build();

        assertThat(AttributeTypes.jsonPattern(definition)).isEqualTo("x86|x64");
    }

    @Test
    void integersAreNumbersMarkedByTheirPattern() {
        AttributeDefinition cores = AttributeDefinition.builder("a", AttributeType.INTEGER).build();

        assertThat(AttributeTypes.jsonType(cores)).isEqualTo("number");
        assertThat(AttributeTypes.jsonPattern(cores)).isEqualTo(AttributeTypes.INTEGER_PATTERN);
        assertThat(AttributeTypes.modelType("number", AttributeTypes.INTEGER_PATTERN).orElseThrow().type())
                .isEqualTo(AttributeType.INTEGER);
        assertThat(AttributeTypes.modelType("integer", null).orElseThrow().type()).isEqualTo(AttributeType.INTEGER);
        assertThat(AttributeTypes.modelType("number", null).orElseThrow().type()).isEqualTo(AttributeType.NUMBER);
    }

    @Test
    void anIntegerWithAPatternOfItsOwnComesBackAsANumberWithThatPattern() {
        // One pattern cannot say both; the definition's own rule is the one kept, and it
        // still refuses what it refused (a value's text must match it as a whole).
        AttributeDefinition vlan = AttributeDefinition.builder("a", AttributeType.INTEGER).pattern("[0-9]{1,4}").build();

        assertThat(AttributeTypes.jsonPattern(vlan)).isEqualTo("[0-9]{1,4}");
        assertThat(AttributeTypes.modelType("number", "[0-9]{1,4}").orElseThrow())
                .isEqualTo(new AttributeTypes.Typed(AttributeType.NUMBER, List.of(), "[0-9]{1,4}"));
    }

    @Test
    void unknownTypesAreNotGuessed() {
        assertThat(AttributeTypes.modelType("enum", "a|b")).isEmpty();
        assertThat(AttributeTypes.modelType("date", null)).isEmpty();
    }
}
