package occi.admin.internal.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServerViewTest {

    private static final String INFRA = "http://schemas.ogf.org/occi/infrastructure#";
    private static final String OTHER = "http://example.org/other#";
    private final List<CategoryRow> categories = List.of(
            new CategoryRow("kind", INFRA, "compute", "", "/compute/", "http://schemas.ogf.org/occi/core#resource", "b"),
            new CategoryRow("kind", INFRA, "network", "", "/network/", "http://schemas.ogf.org/occi/core#resource", "b"),
            new CategoryRow("mixin", INFRA, "os_tpl", "", "/os_tpl/", "", "b"),
            new CategoryRow("action", INFRA, "start", "", "", "", "b"),
            new CategoryRow("action", OTHER, "start", "", "", "", "c"));

    @Test
    void countsEveryKindWithALocationIncludingEmptyOnes() {
        List<EntityRow> entities = List.of(new EntityRow(URI.create("http://h/compute/1"), INFRA + "compute", List.of()),
                new EntityRow(URI.create("http://h/compute/2"), INFRA + "compute", List.of(INFRA + "os_tpl")));
        assertThat(ServerView.countsByKind(categories, entities))
                .isEqualTo(Map.of(INFRA + "compute", 2L, INFRA + "network", 0L));
    }

    @Test
    void findsByTermOrTypeIdentifierAndSaysWhenATermIsAmbiguous() {
        assertThat(ServerView.find(categories, "compute", "kind").location()).isEqualTo("/compute/");
        assertThat(ServerView.find(categories, OTHER + "start", "action").definedBy()).isEqualTo("c");
        assertThatIllegalArgumentException().isThrownBy(() -> ServerView.find(categories, "start", "action"))
                .withMessageContaining("ambiguous");
        assertThatIllegalArgumentException().isThrownBy(() -> ServerView.find(categories, "compute", "mixin"))
                .withMessageContaining("no mixin 'compute'");
    }
}
