package occi.infrastructure.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import occi.api.Action;
import occi.api.Category;
import occi.api.Entity;
import occi.api.Link;
import occi.api.OcciException;
import occi.api.Resource;
import occi.api.backend.ModelChanges;
import occi.api.backend.RequestContext;
import occi.infrastructure.Compute;
import occi.infrastructure.Contextualization;
import occi.infrastructure.Credentials;
import occi.infrastructure.Infrastructure;
import occi.infrastructure.Network;
import occi.infrastructure.NetworkInterface;
import occi.infrastructure.Patterns;
import occi.infrastructure.StateMachine;
import occi.infrastructure.Storage;
import occi.infrastructure.StorageLink;
import occi.infrastructure.spi.InfrastructureDriver;
import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.ComponentServiceObjects;

/** The model backend with the simulator behind it, as the server calls them. */
class InfrastructureModelBackendTest {

    private static final String[] ALL_KINDS = {Compute.TYPE_ID, Network.TYPE_ID, Storage.TYPE_ID, NetworkInterface.TYPE_ID,
            StorageLink.TYPE_ID};

    private final RecordingLogger log = new RecordingLogger();
    private final InfrastructureModelBackend backend = new InfrastructureModelBackend(log.logger());
    private final RequestContext request = RequestContext.anonymous(URI.create("http://127.0.0.1:1/"));

    private void bindSimulator() {
        backend.bindDriver(new SimulatedResourceManager(), properties(1, SimulatedResourceManager.DEFAULT_RANKING, ALL_KINDS));
    }

    @Test
    void aComputeIsCreatedInactiveStartedAndStopped() {
        bindSimulator();
        Entity vm = backend.create(Resource.of("/compute/", Infrastructure.COMPUTE), request);
        assertThat(vm.attributes()).containsEntry(Compute.STATE, "inactive")
                .containsEntry(Compute.STATE_MESSAGE, SimulatedResourceManager.SIMULATED);
        assertThat(backend.applicable(Compute.START, vm)).isTrue();
        assertThat(backend.applicable(Compute.STOP, vm)).isFalse();

        Entity started = backend.invoke(Compute.START, vm, Map.of(), request);
        assertThat(started.attributes()).containsEntry(Compute.STATE, "active");
        assertThat(backend.applicable(Compute.START, started)).isFalse();
        assertThat(backend.applicable(Compute.STOP, started)).isTrue();
        assertThat(backend.applicable(Compute.SUSPEND, started)).isTrue();

        Entity stopped = backend.invoke(Compute.STOP, started, Map.of(Compute.METHOD, "poweroff"), request);
        assertThat(stopped.attributes()).containsEntry(Compute.STATE, "inactive");
    }

    @Test
    void anInapplicableActionIsA400AndChangesNothing() {
        bindSimulator();
        Entity vm = backend.create(Resource.of("/compute/", Infrastructure.COMPUTE), request);
        Map<String, Object> before = vm.attributes();
        assertThatThrownBy(() -> backend.invoke(Compute.STOP, vm, Map.of(), request))
                .isInstanceOfSatisfying(OcciException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("stop", "inactive");
                });
        assertThat(vm.attributes()).isEqualTo(before);
    }

    @Test
    void aClientCannotChooseTheInitialState() {
        bindSimulator();
        Entity asked = Resource.of("/compute/", Infrastructure.COMPUTE).withAttributes(Map.of(Compute.STATE, "active"));
        assertThat(backend.create(asked, request).attributes()).containsEntry(Compute.STATE, "inactive");
    }

    @Test
    void actionAttributesAreCheckedAndTheirDefaultsFilledIn() {
        Recording driver = new Recording();
        backend.bindDriver(driver, properties(2, 0, Compute.TYPE_ID));
        Entity active = Compute.STATES.moveTo(Resource.of("/compute/", Infrastructure.COMPUTE), "active");

        backend.invoke(Compute.STOP, active, Map.of(), request);
        assertThat(driver.attributes).containsExactly(Map.of(Compute.METHOD, "graceful"));
        assertThat(driver.transitions).containsExactly(new StateMachine.Transition("active", Compute.STOP.id(), "inactive"));

        assertThatThrownBy(() -> backend.invoke(Compute.STOP, active, Map.of(Compute.METHOD, "kick"), request))
                .isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> backend.invoke(Compute.STOP, active, Map.of("force", true), request))
                .isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.getMessage()).contains("no attribute force"));
        assertThat(driver.attributes).hasSize(1);
    }

    @Test
    void withoutADriverChangesAnswer503AndReadsStillWork() {
        Resource vm = Resource.of("/compute/", Infrastructure.COMPUTE);
        assertThatThrownBy(() -> backend.create(vm, request))
                .isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThatThrownBy(() -> backend.invoke(Compute.START, vm, Map.of(), request))
                .isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThatThrownBy(() -> backend.delete(vm, request))
                .isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.status()).isEqualTo(503));
        assertThat(backend.retrieve(vm, request)).isSameAs(vm);
        assertThat(backend.applicable(Compute.START, vm)).isTrue();
    }

    @Test
    void aHigherRankedDriverTakesOverTheKindsItNamesAndGivesThemBack() {
        bindSimulator();
        Recording real = new Recording();
        backend.bindDriver(real, properties(2, 0, Compute.TYPE_ID));
        Entity vm = Resource.of("/compute/", Infrastructure.COMPUTE);
        backend.invoke(Compute.START, vm, Map.of(), request);
        assertThat(real.transitions).hasSize(1);

        Entity net = backend.invoke(Network.UP, Resource.of("/network/", Infrastructure.NETWORK), Map.of(), request);
        assertThat(net.attributes()).containsEntry(Network.STATE, "active").containsEntry(Network.STATE_MESSAGE,
                SimulatedResourceManager.SIMULATED);

        backend.unbindDriver(real, properties(2, 0, Compute.TYPE_ID));
        Entity simulated = backend.invoke(Compute.START, vm, Map.of(), request);
        assertThat(simulated.attributes()).containsEntry(Compute.STATE_MESSAGE, SimulatedResourceManager.SIMULATED);
        assertThat(real.transitions).hasSize(1);
    }

    @Test
    void theCategoriesAreTheModelPlusTheTemplatesOfTheDriversInCharge() {
        AtomicInteger notified = new AtomicInteger();
        ModelChanges server = changed -> notified.incrementAndGet();
        backend.bindModelChanges(new ComponentServiceObjects<>() {
            @Override
            public ModelChanges getService() {
                return server;
            }

            @Override
            public void ungetService(ModelChanges service) {
                // nothing held
            }

            @Override
            public ServiceReference<ModelChanges> getServiceReference() {
                throw new UnsupportedOperationException("not needed here");
            }
        });
        backend.activated();
        assertThat(backend.categories()).hasSize(29).containsAll(Infrastructure.CATEGORIES);

        bindSimulator();
        assertThat(backend.categories()).hasSize(33).contains(SimulatedResourceManager.DEBIAN, SimulatedResourceManager.SMALL);
        assertThat(notified).hasValue(1);

        backend.bindDriver(new Recording(), properties(2, 0, Compute.TYPE_ID));
        assertThat(backend.categories()).hasSize(29);
        assertThat(notified).hasValue(2);

        backend.bindDriver(new Recording(), properties(3, -500, Compute.TYPE_ID));
        assertThat(notified).as("nothing shown changed, nobody told").hasValue(2);
    }

    @Test
    void aDriverThatFailsOrBreaksTheTableIsReportedAndTheClientGetsA500() {
        backend.bindDriver(new Recording() {
            @Override
            public Entity perform(Action action, StateMachine.Transition transition, Entity entity, Map<String, Object> attributes,
                    RequestContext request) {
                throw new IllegalStateException("hypervisor gone");
            }

            @Override
            public Entity create(Entity entity, RequestContext request) {
                return entity.withAttributes(Map.of(Compute.STATE, "running"));
            }
        }, properties(2, 0, Compute.TYPE_ID));
        Resource vm = Resource.of("/compute/", Infrastructure.COMPUTE);
        assertThatThrownBy(() -> backend.invoke(Compute.START, vm, Map.of(), request))
                .isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThatThrownBy(() -> backend.create(vm, request))
                .isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.status()).isEqualTo(500));
        assertThat(log.problems).hasSize(2).anySatisfy(p -> assertThat(p).startsWith("error"));
    }

    @Test
    void linksGetWhatTheResourceManagerAssignsAndFollowTheirTables() {
        bindSimulator();
        Link nic = new Link("n1", "/networkinterface/n1", Infrastructure.NETWORKINTERFACE, List.of(), Map.of(), null,
                "/compute/1", "/network/1", Infrastructure.NETWORK, 0);
        Entity created = backend.create(nic, request);
        assertThat(created.attributes()).containsEntry(NetworkInterface.STATE, "inactive")
                .containsKey(NetworkInterface.INTERFACE);
        assertThat((String) created.attributes().get(NetworkInterface.MAC)).matches(Patterns.MAC).startsWith("02:");
        assertThat(backend.invoke(NetworkInterface.UP, created, Map.of(), request).attributes())
                .containsEntry(NetworkInterface.STATE, "active");

        Link disk = new Link("s1", "/storagelink/s1", Infrastructure.STORAGELINK, List.of(), Map.of(StorageLink.DEVICEID, "vdb"),
                null, "/compute/1", "/storage/1", Infrastructure.STORAGE, 0);
        assertThat(backend.create(disk, request).attributes()).containsEntry(StorageLink.DEVICEID, "vdb");
    }

    @Test
    void aLinkToTheWrongKindOfResourceIsRefused() {
        bindSimulator();
        Link nicToDisk = new Link("n1", "/networkinterface/n1", Infrastructure.NETWORKINTERFACE, List.of(), Map.of(), null,
                "/compute/1", "/storage/1", Infrastructure.STORAGE, 0);
        assertThatThrownBy(() -> backend.create(nicToDisk, request))
                .isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.getMessage()).contains("leads to a network"));
    }

    @Test
    void aResourceTemplateFillsWhatTheClientDidNotGive() {
        bindSimulator();
        Entity vm = Resource.of("/compute/", Infrastructure.COMPUTE).withMixins(List.of(SimulatedResourceManager.SMALL.id()))
                .withAttributes(Map.of(Compute.CORES, 4L));
        Entity templated = backend.apply(SimulatedResourceManager.SMALL, vm, request);
        assertThat(templated.attributes()).containsEntry(Compute.CORES, 4L).containsEntry(Compute.ARCHITECTURE, "x64");
        assertThat((BigDecimal) templated.attributes().get(Compute.MEMORY)).isEqualByComparingTo("2.0");
    }

    @Test
    void aDraftAliasIsStoredAsTheCanonicalMixin() {
        bindSimulator();
        Entity vm = Resource.of("/compute/", Infrastructure.COMPUTE)
                .withMixins(List.of(Infrastructure.SSH_KEY_DRAFT, Infrastructure.USER_DATA_DRAFT))
                .withAttributes(Map.of(Credentials.PUBLICKEY, "ssh-ed25519 AAAA", Contextualization.USERDATA_DRAFT, "ZWNobyBoaQ=="));
        Entity keyed = backend.apply(Credentials.SSH_KEY_DRAFT, vm, request);
        Entity both = backend.apply(Contextualization.USER_DATA_DRAFT, keyed, request);
        assertThat(both.mixins()).containsExactly(Infrastructure.SSH_KEY, Infrastructure.USER_DATA);
        assertThat(both.attributes()).containsEntry(Contextualization.USERDATA, "ZWNobyBoaQ==")
                .doesNotContainKey(Contextualization.USERDATA_DRAFT);
    }

    @Test
    void userDataIsGivenOnce() {
        Entity vm = Resource.of("/compute/", Infrastructure.COMPUTE).withMixins(List.of(Infrastructure.USER_DATA))
                .withAttributes(Map.of(Contextualization.USERDATA, "ZWNobyBoaQ=="));
        assertThat(backend.update(Contextualization.USER_DATA, vm, vm, request)).isSameAs(vm);
        Entity changed = vm.withAttributes(Map.of(Contextualization.USERDATA, "cm0gLXJmIC8="));
        assertThatThrownBy(() -> backend.update(Contextualization.USER_DATA, vm, changed, request))
                .isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.status()).isEqualTo(400));
        assertThatThrownBy(() -> backend.update(Contextualization.USER_DATA, vm, vm.withAttributes(Map.of()), request))
                .isInstanceOf(OcciException.class);
    }

    @Test
    void theSimulatorResizesStorageAndKeepsItsState() {
        bindSimulator();
        Entity disk = backend.create(Resource.of("/storage/", Infrastructure.STORAGE).withAttributes(Map.of(Storage.SIZE, 10)), request);
        Entity resized = backend.invoke(Storage.RESIZE, disk, Map.of(Storage.RESIZE_SIZE, "20.5"), request);
        assertThat(resized.attributes()).containsEntry(Storage.STATE, "offline");
        assertThat((BigDecimal) resized.attributes().get(Storage.SIZE)).isEqualByComparingTo("20.5");
        assertThatThrownBy(() -> backend.invoke(Storage.RESIZE, disk, Map.of(), request))
                .isInstanceOfSatisfying(OcciException.class, e -> assertThat(e.getMessage()).contains("needs the attribute size"));
    }

    @Test
    void everyCategoryIsTheModelsOwn() {
        for (Category category : backend.categories()) {
            assertThat(Infrastructure.category(category.id())).contains(category);
        }
    }

    private static Map<String, Object> properties(long serviceId, int ranking, String... kinds) {
        return Map.of("service.id", serviceId, "service.ranking", ranking, InfrastructureDriver.DRIVES, kinds);
    }

    /** A driver that moves states like the simulator and remembers what it was asked. */
    private static class Recording implements InfrastructureDriver {
        final List<StateMachine.Transition> transitions = new ArrayList<>();
        final List<Map<String, Object>> attributes = new ArrayList<>();

        @Override
        public Entity perform(Action action, StateMachine.Transition transition, Entity entity, Map<String, Object> given,
                RequestContext request) {
            transitions.add(transition);
            attributes.add(given);
            return Infrastructure.stateMachineOf(action.id()).orElseThrow().apply(transition, entity);
        }
    }
}
