package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.Mixin;
import org.junit.jupiter.api.Test;

class CategoryOrderTest {

    @Test
    void everyCategoryComesAfterTheOneItsRelNamesAndOthersKeepTheirOrder() {
        Kind vm = new Kind(CategoryId.parse("http://e.example/k#vm"), null, Fixtures.COMPUTE.id(), null, null, "/vm/");
        Mixin small = Mixin.tag(CategoryId.parse("http://e.example/t#small"), null, "/small/", Fixtures.UBUNTU.id());
        List<Category> given = List.of(vm, small, Fixtures.START, Fixtures.UBUNTU, Fixtures.COMPUTE, Core.LINK, Core.RESOURCE,
                Fixtures.OS_TPL, Core.ENTITY);

        List<Category> ordered = CategoryOrder.relatedFirst(given);

        assertThat(ordered).containsExactlyInAnyOrderElementsOf(given);
        assertThat(ordered).containsSubsequence(Core.ENTITY, Core.RESOURCE, Fixtures.COMPUTE, vm);
        assertThat(ordered).containsSubsequence(Core.ENTITY, Core.LINK);
        assertThat(ordered).containsSubsequence(Fixtures.OS_TPL, Fixtures.UBUNTU, small);
        assertThat(ordered).containsSubsequence(Fixtures.START, Core.LINK);
    }

    @Test
    void aRelToACategoryNotListedLeavesTheOrderAlone() {
        assertThat(CategoryOrder.relatedFirst(List.of(Fixtures.UBUNTU, Fixtures.COMPUTE)))
                .containsExactly(Fixtures.UBUNTU, Fixtures.COMPUTE);
    }
}
