package occi.server.internal.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.backend.KindBackend;
import occi.api.backend.Registry;
import occi.api.runtime.BackendDTO;
import occi.api.runtime.FailedServiceDTO;
import occi.api.runtime.RuntimeDTO;
import occi.server.internal.model.BackendEntry;
import occi.server.internal.model.Model;
import occi.server.internal.model.ModelBuilder;
import org.junit.jupiter.api.Test;
import org.osgi.service.component.runtime.ServiceComponentRuntime;

class RuntimeViewTest {

    private static final Kind MACHINE = new Kind(CategoryId.parse("http://example.org/test#machine"), "Machine", Core.RESOURCE.id(),
            Map.of(), List.of(), "/machine/");
    private static final Kind DISK = new Kind(CategoryId.parse("http://example.org/test#disk"), "Disk", Core.RESOURCE.id(),
            Map.of(), List.of(), "/disk/");

    private final RuntimeLedger ledger = new RuntimeLedger();
    private final List<BackendEntry> backends = new ArrayList<>();
    private Registry inUse;

    private final RuntimeView view = new RuntimeView(ledger, new RuntimeView.Server() {
        @Override
        public Model model() {
            return new ModelBuilder(w -> { }).build(backends);
        }

        @Override
        public Optional<Registry> registryInUse() {
            return Optional.ofNullable(inUse);
        }

        @Override
        public String basePath() {
            return "/occi/";
        }

        @Override
        public List<String> endpoints() {
            return List.of("http://127.0.0.1:8181/");
        }

        @Override
        public ServiceComponentRuntime scr() {
            return null;
        }

        @Override
        public List<String> departedLocations() {
            return List.of("/gone/");
        }
    });

    private static ServiceOrigin origin(long id, int ranking, String bundle) {
        return new ServiceOrigin(id, ranking, id + 100, bundle, "1.0.0", "some.Class");
    }

    private void backend(long id, int ranking, Kind... kinds) {
        KindBackend backend = () -> List.of(kinds);
        BackendEntry entry = new BackendEntry(backend, id, ranking, "backend-" + id);
        backends.add(entry);
        ledger.backendArrived(entry, origin(id, ranking, "bundle" + id));
    }

    @Test
    void aBackendWhoseOnlyCategoryClashesIsRefusedWithTheReasonAndTheOtherServes() {
        backend(1, 0, MACHINE);
        backend(2, 0, MACHINE);
        backend(3, 0, DISK, MACHINE);

        RuntimeDTO dto = view.getRuntimeDTO();

        assertThat(dto.backends).extracting(b -> b.serviceId).containsExactly(1L, 3L);
        assertThat(dto.backends[0].state).isEqualTo(BackendDTO.SERVING);
        BackendDTO partly = dto.backends[1];
        assertThat(partly.state).isEqualTo(BackendDTO.PARTLY_SERVING);
        assertThat(partly.categories).containsExactly(DISK.id().toString());
        assertThat(partly.refusedCategories).singleElement().satisfies(r -> {
            assertThat(r.reason).isEqualTo(FailedServiceDTO.CLASHING_CATEGORY);
            assertThat(r.category).isEqualTo(MACHINE.id().toString());
        });
        assertThat(dto.failedServices).singleElement().satisfies(f -> {
            assertThat(f.serviceId).isEqualTo(2L);
            assertThat(f.state).isEqualTo(FailedServiceDTO.REFUSED);
            assertThat(f.serviceType).isEqualTo(FailedServiceDTO.BACKEND);
            assertThat(f.reason).isEqualTo(FailedServiceDTO.CLASHING_CATEGORY);
            assertThat(f.message).contains(MACHINE.id().toString()).contains("already defined by backend-1");
            assertThat(f.bundleSymbolicName).isEqualTo("bundle2");
        });
    }

    @Test
    void aRenderingWhoseEveryMediaTypeIsServedFirstByAnotherIsRefused() {
        ledger.renderingArrived(origin(10, 0, "builtin"), List.of("text/plain", "text/occi"), List.of("text/plain"));
        ledger.renderingArrived(origin(11, 0, "clash"), List.of("text/plain"), List.of("text/plain"));
        ledger.renderingArrived(origin(12, 5, "partly"), List.of("text/csv", "text/occi"), List.of());

        RuntimeDTO dto = view.getRuntimeDTO();

        assertThat(dto.renderings).extracting(r -> r.serviceId).containsExactly(12L, 10L);
        assertThat(dto.renderings[1].shadowed).containsExactly("text/occi");
        assertThat(dto.renderings[1].state).isEqualTo(occi.api.runtime.RenderingDTO.PARTLY_SERVING);
        assertThat(dto.renderings[0].shadowed).isEmpty();
        assertThat(dto.failedServices).singleElement().satisfies(f -> {
            assertThat(f.serviceId).isEqualTo(11L);
            assertThat(f.reason).isEqualTo(FailedServiceDTO.CLASHING_MEDIA_TYPE);
            assertThat(f.message).contains("text/plain by builtin 1.0.0 (service 10)");
        });
    }

    @Test
    void theRegistryInUseIsTheOneTheServerUsesAndCountsRiseOnEveryChange() {
        Registry memory = (Registry) java.lang.reflect.Proxy.newProxyInstance(Registry.class.getClassLoader(),
                new Class<?>[] {Registry.class}, (proxy, method, args) -> {
                    throw new UnsupportedOperationException("never called for an available registry");
                });
        long before = ledger.changeCount();
        ledger.registryArrived(origin(20, Integer.MIN_VALUE, "memory"), memory, false, false);
        assertThat(view.getRuntimeDTO().registry).isNull();
        inUse = memory;

        RuntimeDTO dto = view.getRuntimeDTO();

        assertThat(dto.registry.serviceId).isEqualTo(20L);
        assertThat(dto.registry.persistent).isFalse();
        assertThat(dto.registry.available).isTrue();
        assertThat(dto.registry.state).isEqualTo(occi.api.runtime.RegistryDTO.SERVING);
        assertThat(dto.departedLocations).containsExactly("/gone/");
        assertThat(dto.baseUris).containsExactly("http://127.0.0.1:8181/occi/");
        assertThat(dto.changeCount).isEqualTo(before + 1);
        ledger.registryLeft(20);
        assertThat(view.getRuntimeDTO().changeCount).isEqualTo(before + 2);
    }
}
