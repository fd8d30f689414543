package occi.server.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.backend.KindBackend;
import org.junit.jupiter.api.Test;

class ModelBuilderTest {

    private static final String S = "http://example.org/test#";
    private static final Action REBOOT = new Action(CategoryId.parse(S + "reboot"), "Reboot", Map.of());
    private static final Kind MACHINE = new Kind(CategoryId.parse(S + "machine"), "Machine", Core.RESOURCE.id(),
            Kind.attributes(AttributeDefinition.builder("t.cores", AttributeType.INTEGER).build(),
                    AttributeDefinition.builder(Core.TITLE, AttributeType.STRING).required().build()),
            List.of(REBOOT.id()), "/machine/");
    private static final Kind VM = new Kind(CategoryId.parse(S + "vm"), "VM", MACHINE.id(),
            Kind.attributes(AttributeDefinition.builder("t.hypervisor", AttributeType.STRING).build()), List.of(), "/vm/");

    private final List<String> warnings = new ArrayList<>();
    private final ModelBuilder builder = new ModelBuilder(warnings::add);

    private static BackendEntry backend(long id, int ranking, Category... categories) {
        KindBackend backend = () -> List.of(categories);
        return new BackendEntry(backend, id, ranking, "backend-" + id);
    }

    @Test
    void theCoreKindsAreAlwaysThereAndTheEntityKindHasNoLocation() {
        Model model = builder.build(List.of());
        assertThat(model.categories()).containsExactly(Core.ENTITY, Core.RESOURCE, Core.LINK);
        assertThat(model.atLocation("/resource/")).contains(Core.RESOURCE);
        assertThat(model.isResourceKind(Core.RESOURCE.id())).isTrue();
        assertThat(model.isLinkKind(Core.RESOURCE.id())).isFalse();
    }

    @Test
    void kindsInheritAttributesAndActionsAndMayRedefineThem() {
        Model model = builder.build(List.of(backend(1, 0, MACHINE, REBOOT), backend(2, 0, VM)));
        assertThat(model.ancestry(VM.id())).extracting(Kind::id).containsExactly(Core.ENTITY.id(), Core.RESOURCE.id(), MACHINE.id(), VM.id());
        assertThat(model.kindAttributes(VM.id())).containsKeys(Core.ID, Core.TITLE, Core.SUMMARY, "t.cores", "t.hypervisor");
        assertThat(model.kindAttributes(VM.id()).get(Core.TITLE).required()).isTrue();
        assertThat(model.kindActions(VM.id())).containsExactly(REBOOT.id());
        assertThat(model.kindAndDescendants(MACHINE.id())).containsExactlyInAnyOrder(MACHINE.id(), VM.id());
        assertThat(model.kindAndDescendants(Core.RESOURCE.id())).contains(MACHINE.id(), VM.id());
        assertThat(model.kindBackend(VM.id())).isPresent();
        assertThat(model.actionBackend(REBOOT.id())).isEmpty();
    }

    @Test
    void aClashIsReportedAndTheBackendWithPrecedenceKeepsTheCategory() {
        Kind other = new Kind(MACHINE.id(), "Other machine", Core.RESOURCE.id(), Map.of(), List.of(), "/other/");
        Model model = builder.build(List.of(backend(7, 0, other), backend(3, 0, MACHINE)));
        assertThat(model.kind(MACHINE.id())).contains(MACHINE);
        assertThat(model.atLocation("/other/")).isEmpty();
        assertThat(warnings).singleElement().asString().contains("backend-7", "already defined by backend-3");

        warnings.clear();
        Model ranked = builder.build(List.of(backend(3, 0, MACHINE), backend(7, 10, other)));
        assertThat(ranked.kind(MACHINE.id())).contains(other);
        assertThat(warnings).hasSize(1);
    }

    @Test
    void aBackendCannotRedefineACoreKindOrTakeAReservedOrUsedLocation() {
        Kind fakeResource = new Kind(Core.RESOURCE.id(), "Fake", Core.ENTITY.id(), Map.of(), List.of(), "/fake/");
        Mixin onQueryInterface = Mixin.tag(CategoryId.parse(S + "qi"), null, "/-/");
        Mixin onResources = Mixin.tag(CategoryId.parse(S + "res"), null, "/resource/");
        Model model = builder.build(List.of(backend(1, 0, fakeResource, onQueryInterface, onResources)));
        assertThat(model.kind(Core.RESOURCE.id())).contains(Core.RESOURCE);
        assertThat(model.category(onQueryInterface.id())).isEmpty();
        assertThat(model.category(onResources.id())).isEmpty();
        assertThat(warnings).hasSize(3);
    }

    @Test
    void aKindWhoseParentIsMissingWaitsForIt() {
        Model alone = builder.build(List.of(backend(2, 0, VM)));
        assertThat(alone.kind(VM.id())).isEmpty();
        assertThat(warnings).anyMatch(w -> w.contains(VM.id().toString()) && w.contains("parent"));
        assertThat(builder.build(List.of(backend(2, 0, VM), backend(1, 0, MACHINE))).kind(VM.id())).isPresent();
    }

    @Test
    void aBackendThatFailsToListItsCategoriesIsReportedAndSkipped() {
        KindBackend broken = () -> {
            throw new IllegalStateException("no connection");
        };
        Model model = builder.build(List.of(new BackendEntry(broken, 1, 0, "broken"), backend(2, 0, MACHINE)));
        assertThat(model.kind(MACHINE.id())).isPresent();
        assertThat(warnings).singleElement().asString().contains("broken", "no connection");
    }

    @Test
    void theSameServiceSeenThroughSeveralInterfacesCountsOnce() {
        BackendEntry entry = backend(1, 0, MACHINE);
        Collection<BackendEntry> twice = List.of(entry, new BackendEntry(entry.backend(), 1, 0, "again"));
        assertThat(builder.build(twice).kind(MACHINE.id())).isPresent();
        assertThat(warnings).isEmpty();
    }
}
