package occi.admin.internal.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import occi.admin.internal.inventory.CategoryRow;
import org.junit.jupiter.api.Test;

class TextBodyTest {

    @Test
    void writesTheCategoryLine() {
        CategoryRow compute = new CategoryRow("kind", "http://schemas.ogf.org/occi/infrastructure#", "compute", "Compute",
                "/compute/", "http://schemas.ogf.org/occi/core#resource", "occi.infrastructure");
        assertThat(TextBody.category(compute)).isEqualTo(
                "Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"\n");
    }

    @Test
    void quotesStringsButNotNumbersOrBooleans() {
        assertThat(TextBody.attributes("occi.compute.cores=2", "occi.compute.speed=2.5", "x.on=true",
                "occi.core.title=web \"one\"")).isEqualTo("""
                X-OCCI-Attribute: occi.compute.cores=2
                X-OCCI-Attribute: occi.compute.speed=2.5
                X-OCCI-Attribute: x.on=true
                X-OCCI-Attribute: occi.core.title="web \\"one\\""
                """);
    }

    @Test
    void refusesAnArgumentWithoutAName() {
        assertThatIllegalArgumentException().isThrownBy(() -> TextBody.attributes("=2"));
        assertThatIllegalArgumentException().isThrownBy(() -> TextBody.attributes("cores"));
    }
}
