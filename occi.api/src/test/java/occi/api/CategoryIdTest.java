package occi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CategoryIdTest {

    @Test
    void parsesATypeIdentifierAfterItsLastHash() {
        CategoryId compute = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute");

        assertThat(compute.scheme()).isEqualTo("http://schemas.ogf.org/occi/infrastructure#");
        assertThat(compute.term()).isEqualTo("compute");
        assertThat(compute).hasToString("http://schemas.ogf.org/occi/infrastructure#compute");
    }

    @Test
    void aSchemeMayItselfContainAHash() {
        assertThat(CategoryId.parse("http://e.com/a#b#term")).isEqualTo(new CategoryId("http://e.com/a#b#", "term"));
    }

    @Test
    void withoutHashTheTermFollowsTheLastSlash() {
        assertThat(CategoryId.parse("http://example.com/categories/ubuntu"))
                .isEqualTo(new CategoryId("http://example.com/categories/", "ubuntu"));
    }

    @Test
    void termsMayHoldDigitsDotsDashesAndUnderscores() {
        assertThat(CategoryId.parse("http://e.com/t#os_tpl-24.04").term()).isEqualTo("os_tpl-24.04");
        assertThat(CategoryId.parse("http://e.com/t#Ubuntu").term()).isEqualTo("Ubuntu");
    }

    @Test
    void refusesWhatIsNoTypeIdentifier() {
        assertThatThrownBy(() -> CategoryId.parse("compute")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'compute' is not a category type identifier (scheme#term)");
        assertThatThrownBy(() -> CategoryId.parse("http://e.com/t#")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'http://e.com/t#' is not a category type identifier (scheme#term)");
        assertThatThrownBy(() -> CategoryId.parse(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void refusesAnInvalidTermOrEmptyScheme() {
        assertThatThrownBy(() -> CategoryId.parse("http://e.com/t#9lives")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'9lives' is not a valid category term");
        assertThatThrownBy(() -> new CategoryId("http://e.com/t#", "a b")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'a b' is not a valid category term");
        assertThatThrownBy(() -> new CategoryId(" ", "a")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a category scheme must not be empty");
        assertThatThrownBy(() -> new CategoryId(null, "a")).isInstanceOf(NullPointerException.class);
    }

    @Test
    void equalsByValueAndSortsByTypeIdentifier() {
        List<CategoryId> ids = new ArrayList<>(List.of(CategoryId.parse("http://b#x"), CategoryId.parse("http://a#y"),
                CategoryId.parse("http://a#x")));
        Collections.sort(ids);

        assertThat(ids).extracting(CategoryId::toString).containsExactly("http://a#x", "http://a#y", "http://b#x");
        assertThat(CategoryId.parse("http://a#x")).isEqualTo(new CategoryId("http://a#", "x"))
                .hasSameHashCodeAs(new CategoryId("http://a#", "x"));
    }
}
