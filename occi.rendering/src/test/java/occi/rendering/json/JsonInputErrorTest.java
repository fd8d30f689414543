package occi.rendering.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import occi.api.OcciException;
import occi.api.rendering.Filter;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every way a client document can be wrong gets 400 (or 413) naming where and which rule. */
class JsonInputErrorTest {

    private static final String KIND = "\"kind\":\"http://schemas.ogf.org/occi/infrastructure#compute\"";
    private final JsonRendering rendering = TestIo.rendering();

    // ---- not JSON at all

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertStatus(() -> entity("{\n  " + KIND + ",\n  \"id\": }"), 400)
                .hasMessageStartingWith("malformed JSON at line 3, column 9");
    }

    @Test
    void malformedJsonSaysWhatWasExpectedWithoutJacksonsSourceNotes() {
        assertStatus(() -> entity("{\"mixins\": [}"), 400).hasMessage(
                "malformed JSON at line 1, column 13: Unexpected close marker '}': expected ']' "
                        + "(for Array starting at [line: 1, column: 12])");
    }

    @Test
    void contentAfterTheDocumentIsRefused() {
        assertStatus(() -> entity("{" + KIND + ",\"id\":\"a\",\"attributes\":{}} {}"), 400)
                .hasMessageContaining("malformed JSON at line 1").hasMessageContaining("content after the JSON value");
    }

    @Test
    void aMemberGivenTwiceIsRefusedRatherThanOneSilentlyLost() {
        assertStatus(() -> entity("{" + KIND + ",\"id\":\"a\",\"id\":\"b\",\"attributes\":{}}"), 400)
                .hasMessageContaining("malformed JSON at line 1").hasMessageContaining("Duplicate field 'id'");
    }

    @Test
    void anEmptyBodyIsNoEntity() {
        assertStatus(() -> entity("  "), 400).hasMessageContaining("the request body is empty");
        assertStatus(() -> rendering.parseAction(TestIo.request("")), 400).hasMessageContaining("action invocation");
    }

    @Test
    void aBodyPastTheConfiguredSizeIs413WithoutReadingIt() {
        JsonRendering small = new JsonRendering(TestIo.config(64, false, 1024));
        String body = "{" + KIND + ",\"id\":\"a\",\"attributes\":{\"x\":\"" + "y".repeat(100) + "\"}}";

        assertStatus(() -> small.parseEntity(TestIo.request(body)), 413).hasMessageContaining("longer than 64 bytes");
        assertThat(small.parseLocations(TestIo.request("{\"locations\":[\"/compute/1\"]}"))).containsExactly("/compute/1");
    }

    @Test
    void nestingDeeperThanConfiguredIsRefused() {
        String deep = "[".repeat(100) + "]".repeat(100);
        String body = "{" + KIND + ",\"id\":\"a\",\"attributes\":{\"x\":" + deep + "}}";

        assertStatus(() -> entity(body), 400).hasMessageContaining("malformed JSON").hasMessageContaining("nesting depth");
    }

    @Test
    void limitsAndNonStandardTokensAreNamedWithoutJacksonsSettingNames() {
        String body = "{" + KIND + ",\"id\":\"a\",\"attributes\":{\"occi.compute.cores\":" + "9".repeat(5000) + "}}";
        assertStatus(() -> entity(body), 400).hasMessageContaining("exceeds the maximum allowed (1000)")
                .hasMessageNotContaining("StreamReadConstraints").hasMessageNotContaining("`");
        assertStatus(() -> entity("{" + KIND + ",\"id\":\"a\",\"attributes\":{\"occi.compute.memory\":NaN}}"), 400)
                .hasMessageContaining("Non-standard token 'NaN'").hasMessageNotContaining("JsonReadFeature").hasMessageNotContaining("`");
    }

    @Test
    void aBodyThatIsNotUtf8Json() {
        byte[] latin1 = ("{" + KIND + ",\"id\":\"caf\u00e9\",\"attributes\":{}}").getBytes(StandardCharsets.ISO_8859_1);
        assertStatus(() -> rendering.parseEntity(TestIo.request(latin1)), 400).hasMessageContaining("malformed JSON");
    }

    // ---- resources

    @Test
    void attributeValueOfNoAllowedTypeNamesItsPointer() {
        assertViolations(() -> entity("{" + KIND + ",\"id\":\"a\",\"attributes\":{\"occi.compute.cores\":null}}"),
                "/attributes/occi.compute.cores: expected number, boolean, string, object, array, not null");
    }

    @Test
    void wrongTypesMissingAndUnknownMembersAreAllListed() {
        assertViolations(() -> entity("{\"id\":7,\"attributes\":[],\"mixins\":[],\"location\":\"/compute/7\"}"),
                "/attributes: expected object, not array",
                "/id: expected string, not integer",
                "/kind: is required",
                "/location: is not allowed here",
                "/mixins: must not be empty (leave the member out instead)");
    }

    @Test
    void aDocumentThatIsNotAnObject() {
        assertViolations(() -> entity("[1,2]"), "document: expected object, not array");
    }

    @Test
    void typeIdentifiersMustHaveASchemeAndATerm() {
        assertViolations(() -> entity("{\"kind\":\"compute\",\"id\":\"a\",\"attributes\":{},\"mixins\":[\"x#\"]}"),
                "/kind: is not a category type identifier (scheme#term): 'compute' is not a category type identifier (scheme#term)",
                "/mixins/0: is not a category type identifier (scheme#term): 'x#' is not a category type identifier (scheme#term)");
    }

    @Test
    void aRepeatedMixinIsRefused() {
        String mixin = "\"http://example.org/templates/os#ubuntu\"";
        assertViolations(() -> entity("{" + KIND + ",\"id\":\"a\",\"attributes\":{},\"mixins\":[" + mixin + "," + mixin + "]}"),
                "/mixins: must not repeat an item");
    }

    @Test
    void aCoreAttributeGivenTwiceWithTwoValues() {
        assertViolations(() -> entity("{" + KIND + ",\"id\":\"a\",\"title\":\"t\",\"attributes\":{\"occi.core.id\":\"b\","
                + "\"occi.core.title\":\"t\"}}"), "/attributes/occi.core.id: differs from /id");
    }

    @Test
    void inlineLinksAreCheckedToTheirDepth() {
        String link = "{\"kind\":\"http://schemas.ogf.org/occi/core#link\",\"id\":\"l\",\"attributes\":{\"w\":null},"
                + "\"source\":{\"location\":\"/compute/a\"},\"target\":{\"kind\":\"k#x\"}}";
        assertViolations(() -> entity("{" + KIND + ",\"id\":\"a\",\"attributes\":{},\"links\":[" + link + "]}"),
                "/links/0/attributes/w: expected number, boolean, string, object, array, not null",
                "/links/0/target/location: is required");
        assertViolations(() -> entity("{" + KIND + ",\"id\":\"a\",\"attributes\":{},\"links\":[]}"),
                "/links: must not be empty (leave the member out instead)");
    }

    @Test
    void aCreateMayLeaveOutIdAndAttributesTheServerAssignsTheOneAndReadsNoneAsNone() {
        occi.api.rendering.EntityRepresentation bare = rendering.parseEntity(TestIo.request("{" + KIND + "}"));
        String link = "{\"kind\":\"http://schemas.ogf.org/occi/core#link\",\"source\":{\"location\":\"/compute/a\"},"
                + "\"target\":{\"location\":\"/network/n\"}}";
        occi.api.rendering.EntityRepresentation withLink = rendering.parseEntity(TestIo.request(
                "{" + KIND + ",\"title\":\"t\",\"links\":[" + link + "]}"));
        occi.api.rendering.EntityRepresentation standalone = rendering.parseEntity(TestIo.request(link));

        org.assertj.core.api.Assertions.assertThat(bare.attributes()).isEmpty();
        org.assertj.core.api.Assertions.assertThat(bare.kind()).hasToString("http://schemas.ogf.org/occi/infrastructure#compute");
        org.assertj.core.api.Assertions.assertThat(withLink.attributes()).containsOnlyKeys("occi.core.title");
        org.assertj.core.api.Assertions.assertThat(withLink.links()).singleElement()
                .satisfies(l -> org.assertj.core.api.Assertions.assertThat(l.attributes()).doesNotContainKey("occi.core.id"));
        org.assertj.core.api.Assertions.assertThat(standalone.attributes()).containsOnlyKeys("occi.core.source", "occi.core.target");
        // everything else stays required, and a given id is still checked
        assertViolations(() -> entity("{\"id\":7}"), "/id: expected string, not integer", "/kind: is required");
    }

    // ---- links

    @Test
    void linkWithoutTargetOrWithAnEmptyOne() {
        assertViolations(() -> entity("{\"kind\":\"http://schemas.ogf.org/occi/core#link\",\"id\":\"l\",\"attributes\":{},"
                + "\"source\":{\"location\":\"/compute/a\"}}"), "/target: is required");
        assertViolations(() -> entity("{\"kind\":\"http://schemas.ogf.org/occi/core#link\",\"id\":\"l\",\"attributes\":{},"
                + "\"source\":{\"location\":\"/compute/a\"},\"target\":{\"location\":\"/n\",\"rel\":\"x#y\"}}"),
                "/target/rel: is not allowed here");
    }

    @Test
    void jsonPointersEscapeSlashAndTilde() {
        assertViolations(() -> entity("{" + KIND + ",\"id\":\"a\",\"attributes\":{\"a/b~c\":null}}"),
                "/attributes/a~1b~0c: expected number, boolean, string, object, array, not null");
    }

    // ---- action invocations

    @Test
    void actionInvocationErrors() {
        assertViolations(() -> rendering.parseAction(TestIo.request("{\"attributes\":{\"method\":[null]},\"x\":1}")),
                "/action: is required", "/x: is not allowed here");
        assertViolations(() -> rendering.parseAction(TestIo.request("{\"action\":\"stop\"}")),
                "/action: is not a category type identifier (scheme#term): 'stop' is not a category type identifier (scheme#term)");
    }

    // ---- categories, filters, locations

    @Test
    void mixinDefinitionErrors() {
        String body = """
                {"mixins":[{"term":"tag","scheme":"http://example.org/user#"},
                           {"term":"9bad","scheme":"http://example.org/user#","location":"/bad/"},
                           {"term":"t","scheme":"http://example.org/user#","location":"/t/","attributes":{
                              "a.type":{"mutable":true,"required":false,"type":"date"},
                              "a.default":{"mutable":true,"required":false,"type":"number","default":"many"},
                              "a.pattern":{"mutable":true,"required":false,"type":"string","pattern":"(["},
                              "a.missing":{"type":"string"},
                              "bad name":{"mutable":true,"required":false,"type":"string"}}}]}
                """;
        assertViolations(() -> rendering.parseCategories(TestIo.request(body)),
                "/mixins/0/location: is required",
                "/mixins/2/attributes/a.missing/mutable: is required",
                "/mixins/2/attributes/a.missing/required: is required");
        String schemaValid = body.replace("{\"term\":\"tag\",\"scheme\":\"http://example.org/user#\"},", "")
                .replace("\"a.missing\":{\"type\":\"string\"},", "");
        assertViolations(() -> rendering.parseCategories(TestIo.request(schemaValid)),
                "/mixins/0/term: '9bad' is not a valid category term",
                "/mixins/1/attributes/a.type/type: expected string, number, integer, boolean, array or object, not 'date'",
                "/mixins/1/attributes/a.default/default: attribute a.default: expected a number, not 'many'",
                "/mixins/1/attributes/a.pattern/pattern: is not a regular expression: Unclosed character class",
                "/mixins/1/attributes/bad name: 'bad name' is not a valid attribute name");
    }

    @Test
    void categoryIdentifiersMustAllBeIdentifiers() {
        assertViolations(() -> rendering.parseCategories(TestIo.request("{\"mixins\":[\"http://example.org/user#tag\",{}]}")),
                "/mixins/1: expected string, not object");
        assertViolations(() -> rendering.parseFilter(TestIo.request("{\"kinds\":[\"compute\"]}")),
                "/kinds/0: is not a category type identifier (scheme#term): 'compute' is not a category type identifier (scheme#term)");
        assertThat(rendering.parseFilter(TestIo.request(""))).isEqualTo(Filter.NONE);
    }

    @Test
    void locationListErrors() {
        assertViolations(() -> rendering.parseLocations(TestIo.request("{\"locations\":[\"/a\",\"\",3]}")),
                "/locations/1: must not be empty",
                "/locations/2: expected string, not integer");
        assertViolations(() -> rendering.parseLocations(TestIo.request("[\"/compute/1\"]")),
                "document: expected object, not array");
        assertThat(rendering.parseLocations(TestIo.request(""))).isEmpty();
    }

    @Test
    void theMessageCarriesThePointerAndTheRuleAndCountsWhatItDoesNotList() {
        String body = "{" + KIND + ",\"id\":\"a\",\"attributes\":{\"a\":null,\"b\":null,\"c\":null,\"d\":null,\"e\":null,\"f\":null,\"g\":null}}";

        assertStatus(() -> entity(body), 400)
                .hasMessageStartingWith("/attributes/a: expected number, boolean, string, object, array, not null; ")
                .hasMessageEndingWith("; and 2 more (in an OCCI JSON resource)");
    }

    private void entity(String body) {
        rendering.parseEntity(TestIo.request(body));
    }

    private static org.assertj.core.api.AbstractThrowableAssert<?, ? extends Throwable> assertStatus(
            ThrowingCallable call, int status) {
        return assertThatThrownBy(call).isInstanceOfSatisfying(OcciException.class,
                e -> assertThat(e.status()).as(e.getMessage()).isEqualTo(status));
    }

    private static void assertViolations(ThrowingCallable call, String... expected) {
        assertThatThrownBy(call).isInstanceOfSatisfying(SchemaViolationException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.violations()).map(Violation::toString).containsExactly(expected);
            assertThat(e.getMessage()).startsWith(List.of(expected).get(0));
        });
    }
}
