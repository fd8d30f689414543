package occi.rendering.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import occi.api.CategoryId;
import occi.api.Mixin;
import org.junit.jupiter.api.Test;

/**
 * GFD.229's Category ABNF: {@code term; scheme; class [; title] [; rel] [; location]
 * [; attributes] [; actions]}, in that order and no other key; {@code rel} is one type
 * identifier, a mixin's first {@code depends} (never {@code applies}).
 */
class CategoryAbnfTest {

    private static final List<String> ORDER = List.of("scheme", "class", "title", "rel", "location", "attributes", "actions");
    private static final Pattern PARAM = Pattern.compile(";\\s*([a-z]+)=(\"(?:[^\"\\\\]|\\\\.)*\"|[a-z]+)");

    private static final String INFRA = "http://schemas.ogf.org/occi/infrastructure#";
    private static final Mixin TEMPLATE = new Mixin(new CategoryId("http://example.com/tpl#", "debian"), "Debian",
            List.of(new CategoryId(INFRA, "os_tpl"), new CategoryId("http://example.com/tpl#", "linux")),
            List.of(new CategoryId(INFRA, "compute")), Map.of(), List.of(), "/tpl/debian/");

    /** The keys of a Category value, in order; fails on anything between them the ABNF does not allow. */
    private static List<String> keys(String value) {
        assertThat(value).matches("[a-z0-9][a-z0-9_-]*;.*");
        List<String> keys = new ArrayList<>();
        Matcher m = PARAM.matcher(value);
        int end = value.indexOf(';');
        while (m.find(end) && m.start() == end) {
            keys.add(m.group(1));
            end = m.end();
        }
        assertThat(end).as("unparsed rest of %s", value).isEqualTo(value.length());
        return keys;
    }

    private static String param(String value, String key) {
        Matcher m = Pattern.compile(";\\s*" + key + "=\"([^\"]*)\"").matcher(value);
        return m.find() ? m.group(1) : null;
    }

    @Test
    void everyCategoryOfTheModelHasOnlyTheAbnfKeysInTheirOrder() throws IOException {
        List<occi.api.Category> model = new ArrayList<>(Fixtures.MODEL);
        model.add(TEMPLATE);
        for (occi.api.Category category : model) {
            for (String value : List.of(CategoryValues.definition(category, TestContext.relative(), false),
                    CategoryValues.reference(category, TestContext.relative(), true))) {
                List<String> keys = keys(value);
                assertThat(keys).as(value).containsSubsequence("scheme", "class").doesNotHaveDuplicates();
                assertThat(ORDER).as(value).containsSubsequence(keys);
            }
        }
    }

    @Test
    void aMixinsRelIsItsFirstDependsAndNeverApplies() {
        String value = CategoryValues.definition(TEMPLATE, TestContext.relative(), false);

        assertThat(param(value, "rel")).isEqualTo(INFRA + "os_tpl");
        assertThat(value).doesNotContain("applies", "depends", "#compute", "#linux");
    }

    @Test
    void aMixinThatOnlyAppliesHasNoRel() {
        assertThat(keys(CategoryValues.definition(Fixtures.IP_NETWORK_INTERFACE, TestContext.relative(), false)))
                .doesNotContain("rel");
    }

    @Test
    void aKindsRelIsItsParent() {
        assertThat(param(CategoryValues.reference(Fixtures.COMPUTE, TestContext.relative(), false), "rel"))
                .isEqualTo("http://schemas.ogf.org/occi/core#resource");
    }
}
