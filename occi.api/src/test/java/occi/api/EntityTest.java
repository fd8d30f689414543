package occi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EntityTest {

    private static final CategoryId COMPUTE = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute");
    private static final CategoryId NIC = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#networkinterface");
    private static final CategoryId NETWORK = CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#network");
    private static final CategoryId TAG = CategoryId.parse("http://example.com/tags#mine");

    @Test
    void aNewResourceHasAFreshUuidBelowItsCollection() {
        Resource one = Resource.of("/compute/", COMPUTE);
        Resource two = Resource.of("/compute/", COMPUTE);

        assertThat(one.id()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(one.location()).isEqualTo("/compute/" + one.id());
        assertThat(one.id()).isNotEqualTo(two.id());
        assertThat(one.version()).isZero();
        assertThat(one.mixins()).isEmpty();
        assertThat(one.attributes()).isEmpty();
    }

    @Test
    void aResourceCopiesWhatItIsGivenAndCannotBeChangedThroughIt() {
        Map<String, Object> attributes = new HashMap<>(Map.of("occi.compute.cores", 2));
        List<CategoryId> mixins = new ArrayList<>(List.of(TAG));
        Resource vm = new Resource("1", "/compute/1", COMPUTE, mixins, attributes, null, null, 0);

        attributes.put("occi.compute.cores", 8);
        mixins.clear();

        assertThat(vm.attributes()).isEqualTo(Map.of("occi.compute.cores", 2L)); // canonical: a Long
        assertThat(vm.mixins()).containsExactly(TAG);
        assertThatThrownBy(() -> vm.attributes().put("x", 1)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> vm.mixins().add(TAG)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyChangeMakesANewResourceAndLeavesTheOldOne() {
        Resource vm = new Resource("1", "/compute/1", COMPUTE, List.of(), Map.of("occi.compute.cores", 2L), "t", "s", 3);

        Resource changed = vm.withAttributes(Map.of("occi.compute.cores", 4L)).withMixins(List.of(TAG)).withTitle("new")
                .withSummary("sum").withVersion(4).withLocation("/vms/1").withKind(NETWORK);

        assertThat(changed).isEqualTo(new Resource("1", "/vms/1", NETWORK, List.of(TAG), Map.of("occi.compute.cores", 4L),
                "new", "sum", 4));
        assertThat(vm).isEqualTo(new Resource("1", "/compute/1", COMPUTE, List.of(), Map.of("occi.compute.cores", 2L), "t", "s", 3));
    }

    @Test
    void allAttributesOfAResourceStartWithItsCoreFields() {
        Resource vm = new Resource("1", "/compute/1", COMPUTE, List.of(), Map.of("occi.compute.cores", 2L), "My VM", "summary", 0);

        assertThat(vm.allAttributes()).containsExactly(
                Map.entry(Core.ID, "1"), Map.entry(Core.TITLE, "My VM"), Map.entry(Core.SUMMARY, "summary"),
                Map.entry("occi.compute.cores", 2L));
        assertThat(vm.withTitle(null).withSummary(null).allAttributes()).containsOnlyKeys(Core.ID, "occi.compute.cores");
    }

    @Test
    void allAttributesOfALinkIncludeSourceAndTarget() {
        Link nic = new Link("2", "/link/2", NIC, List.of(), Map.of("occi.networkinterface.interface", "eth0"), null,
                "/compute/1", "/network/1", NETWORK, 0);

        assertThat(nic.allAttributes()).containsExactly(
                Map.entry(Core.ID, "2"), Map.entry(Core.SOURCE, "/compute/1"), Map.entry(Core.TARGET, "/network/1"),
                Map.entry("occi.networkinterface.interface", "eth0"));
        assertThat(nic.targetIsLocal()).isTrue();
        assertThat(nic.withTarget("http://elsewhere.example.org/x", null).targetIsLocal()).isFalse();
    }

    @Test
    void everyChangeMakesANewLink() {
        Link nic = new Link("2", "/link/2", NIC, List.of(), Map.of(), null, "/compute/1", "/network/1", NETWORK, 0);

        Link changed = nic.withAttributes(Map.of("a", 1.5d)).withMixins(List.of(TAG)).withTitle("t").withVersion(2)
                .withKind(CategoryId.parse("http://schemas.ogf.org/occi/core#link")).withLocation("/nic/2")
                .withTarget("/network/2", null);

        assertThat(changed).isEqualTo(new Link("2", "/nic/2", CategoryId.parse("http://schemas.ogf.org/occi/core#link"),
                List.of(TAG), Map.of("a", new BigDecimal("1.5")), "t", "/compute/1", "/network/2", null, 2));
        assertThat(nic.target()).isEqualTo("/network/1");
    }

    @Test
    void coreAttributesAreFieldsNotAttributes() {
        assertThatThrownBy(() -> new Resource("1", "/compute/1", COMPUTE, List.of(), Map.of(Core.TITLE, "x"), null, null, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("occi.core.title is a field of the entity, not one of its attributes");
        assertThatThrownBy(() -> new Link("2", "/l/2", NIC, List.of(), Map.of(Core.SOURCE, "/c/1"), null, "/c/1", "/n/1", null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void attributeValuesAreCanonicalAndPresent() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("a", null);

        assertThatThrownBy(() -> Resource.of("/c/", COMPUTE).withAttributes(withNull))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("attribute a has no value");
        assertThatThrownBy(() -> Resource.of("/c/", COMPUTE).withAttributes(Map.of("a", new Object())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an attribute value is a string, number, boolean, list or map, not java.lang.Object");
        assertThat(Resource.of("/c/", COMPUTE).withAttributes(Map.of("a", List.of(1, Map.of("b", 2.0f)))).attributes())
                .isEqualTo(Map.of("a", List.of(1L, Map.of("b", new BigDecimal("2.0")))));
    }

    @Test
    void entitiesNeedTheirIdentityKindAndEnds() {
        assertThatThrownBy(() -> new Resource(null, "/c/1", COMPUTE, null, null, null, null, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Resource("1", null, COMPUTE, null, null, null, null, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Resource("1", "/c/1", null, null, null, null, null, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Link("2", "/l/2", NIC, null, null, null, null, "/n/1", null, 0)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Link("2", "/l/2", NIC, null, null, null, "/c/1", null, null, 0)).isInstanceOf(NullPointerException.class);
        assertThat(new Resource("1", "/c/1", COMPUTE, null, null, null, null, 0).mixins()).isEmpty();
    }
}
