package occi.server.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.backend.MixinBackend;
import org.junit.jupiter.api.Test;

class ModelViewTest {

    private static final Mixin OS_TPL = Mixin.tag(CategoryId.parse("http://x#os_tpl"), null, "/os_tpl/");
    private static final Mixin UBUNTU = new Mixin(CategoryId.parse("http://y#ubuntu"), null, List.of(OS_TPL.id()), List.of(),
            Kind.attributes(AttributeDefinition.builder("os.version", AttributeType.STRING).defaultValue("24.04").build()), List.of(), "/ubuntu/");
    private static final Mixin NOT_ON_LINKS = new Mixin(CategoryId.parse("http://y#res"), null, List.of(), List.of(Core.RESOURCE.id()),
            Map.of(), List.of(), "/res/");

    private final Model model = new ModelBuilder(w -> {}).build(List.of(
            new BackendEntry((MixinBackend) () -> List.of(OS_TPL, UBUNTU, NOT_ON_LINKS), 1, 0, "templates")));

    @Test
    void anEntityHasTheAttributesOfItsKindItsMixinsAndWhatTheyDependOn() {
        ModelView view = new ModelView(model, List.of());
        assertThat(view.definitions(Core.RESOURCE.id(), List.of(UBUNTU.id()))).containsKeys(Core.ID, Core.SUMMARY, "os.version");
        assertThat(view.withDependencies(List.of(UBUNTU.id()))).containsExactly(UBUNTU, OS_TPL);
    }

    @Test
    void aMixinFilterMatchesTheMixinsThatDependOnIt() {
        ModelView view = new ModelView(model, List.of());
        assertThat(view.matching(OS_TPL.id())).containsExactlyInAnyOrder(OS_TPL.id(), UBUNTU.id());
        assertThat(view.matching(CategoryId.parse("http://nowhere#x"))).isEmpty();
    }

    @Test
    void appliesRestrictsTheKindsAndAnEmptyListMeansAny() {
        ModelView view = new ModelView(model, List.of());
        assertThat(view.applies(NOT_ON_LINKS, Core.RESOURCE.id())).isTrue();
        assertThat(view.applies(NOT_ON_LINKS, Core.LINK.id())).isFalse();
        assertThat(view.applies(OS_TPL, Core.LINK.id())).isTrue();
    }

    @Test
    void userMixinsJoinTheViewButNeverShadowTheProviders() {
        Mixin mine = Mixin.tag(CategoryId.parse("http://me#tag"), null, "/tag/");
        Mixin shadow = Mixin.tag(OS_TPL.id(), "mine", "/elsewhere/");
        ModelView view = new ModelView(model, List.of(mine, shadow));
        assertThat(view.isUserMixin(mine.id())).isTrue();
        assertThat(view.atLocation("/tag/")).contains(mine);
        assertThat(view.mixin(OS_TPL.id())).contains(OS_TPL);
        assertThat(view.atLocation("/elsewhere/")).isEmpty();
    }
}
