package occi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoryTest {

    private static final CategoryId OS_TPL = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#os_tpl");
    private static final AttributeDefinition CORES = AttributeDefinition.builder("occi.compute.cores", AttributeType.INTEGER).build();

    @Test
    void aKindKeepsItsAttributesInDefinitionOrderAndUnmodifiable() {
        AttributeDefinition memory = AttributeDefinition.builder("occi.compute.memory", AttributeType.NUMBER).build();
        Kind compute = new Kind(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute"), "Compute",
                Core.RESOURCE.id(), Kind.attributes(memory, CORES), null, "/compute/");

        assertThat(compute.attributes().keySet()).containsExactly("occi.compute.memory", "occi.compute.cores");
        assertThat(compute.actions()).isEmpty();
        assertThatThrownBy(() -> compute.attributes().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anAttributeIsFiledUnderItsOwnName() {
        Map<String, AttributeDefinition> misfiled = new LinkedHashMap<>();
        misfiled.put("occi.compute.memory", CORES);

        assertThatThrownBy(() -> new Kind(CategoryId.parse("http://e.com/t#k"), null, null, misfiled, List.of(), null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("attribute occi.compute.cores filed under the name occi.compute.memory");
    }

    @Test
    void aCategoryLocationIsAPathThatStartsAndEndsWithSlash() {
        assertThatThrownBy(() -> new Kind(CategoryId.parse("http://e.com/t#k"), null, null, null, null, "compute/"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a category location is a path such as /compute/, not 'compute/'");
        assertThatThrownBy(() -> new Kind(CategoryId.parse("http://e.com/t#k"), null, null, null, null, "/compute"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kind(CategoryId.parse("http://e.com/t#k"), null, null, null, null, "/"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Kind(CategoryId.parse("http://e.com/t#k"), null, null, null, null, "http://e.com/k/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMixinNeedsALocationWhereItsEntitiesAreCollected() {
        assertThatThrownBy(() -> Mixin.tag(CategoryId.parse("http://e.com/t#m"), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a location is required");
    }

    @Test
    void aTagIsAMixinThatOnlyNamesItselfAndWhatItDependsOn() {
        Mixin ubuntu = Mixin.tag(CategoryId.parse("http://e.com/os#ubuntu"), "Ubuntu", "/os/ubuntu/", OS_TPL);

        assertThat(ubuntu.depends()).containsExactly(OS_TPL);
        assertThat(ubuntu.applies()).isEmpty();
        assertThat(ubuntu.attributes()).isEmpty();
        assertThat(ubuntu.actions()).isEmpty();
        assertThat(ubuntu.categoryClass()).isEqualTo("mixin");
    }

    @Test
    void anActionHasAttributesButNoLocation() {
        Action stop = new Action(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure/compute/action#stop"), "Stop",
                Kind.attributes(AttributeDefinition.builder("method", AttributeType.ENUM).values("graceful").build()));

        assertThat(stop.categoryClass()).isEqualTo("action");
        assertThat(stop.attributes()).containsOnlyKeys("method");
        assertThat(new Action(stop.id(), null, null).attributes()).isEmpty();
        assertThatThrownBy(() -> new Action(null, null, null)).isInstanceOf(NullPointerException.class);
    }
}
