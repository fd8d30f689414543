package occi.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CoreTest {

    @Test
    void theThreeCoreKindsFormTheHierarchy() {
        assertThat(Core.KINDS).containsExactly(Core.ENTITY, Core.RESOURCE, Core.LINK);
        assertThat(Core.KINDS).allSatisfy(kind -> assertThat(kind.id().scheme()).isEqualTo("http://schemas.ogf.org/occi/core#"));
        assertThat(Core.ENTITY.id().term()).isEqualTo("entity");
        assertThat(Core.ENTITY.parent()).isNull();
        assertThat(Core.RESOURCE.parent()).isEqualTo(Core.ENTITY.id());
        assertThat(Core.LINK.parent()).isEqualTo(Core.ENTITY.id());
    }

    @Test
    void everyCoreKindHasALocationEntityToo() {
        // clients (jOCCI) refuse a query interface with a kind that has none
        assertThat(Core.ENTITY.location()).isEqualTo("/entity/");
        assertThat(Core.RESOURCE.location()).isEqualTo("/resource/");
        assertThat(Core.LINK.location()).isEqualTo("/link/");
    }

    @Test
    void entityDefinesIdAndTitleResourceSummaryAndLinkItsEnds() {
        assertThat(Core.ENTITY.attributes()).containsOnlyKeys(Core.ID, Core.TITLE);
        assertThat(Core.ENTITY.attributes().get(Core.ID).mutable()).isFalse();
        assertThat(Core.ENTITY.attributes().get(Core.ID).required()).isTrue();
        assertThat(Core.ENTITY.attributes().get(Core.TITLE).mutable()).isTrue();
        assertThat(Core.RESOURCE.attributes()).containsOnlyKeys(Core.SUMMARY);
        assertThat(Core.LINK.attributes()).containsOnlyKeys(Core.SOURCE, Core.TARGET);
        assertThat(Core.LINK.attributes().get(Core.SOURCE).mutable()).isFalse();
        assertThat(Core.LINK.attributes().get(Core.TARGET).required()).isTrue();
        assertThat(Core.KINDS).allSatisfy(kind -> assertThat(kind.attributes().keySet())
                .allSatisfy(name -> assertThat(name).startsWith(Core.CORE_ATTRIBUTE_PREFIX)));
    }

    @Test
    void coreKindsHaveNoActions() {
        assertThat(Core.KINDS).allSatisfy(kind -> assertThat(kind.actions()).isEmpty());
        assertThat(Core.KINDS).allSatisfy(kind -> assertThat(kind.categoryClass()).isEqualTo("kind"));
    }
}
