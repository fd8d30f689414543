package occi.infrastructure.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import occi.api.Action;
import occi.api.Entity;
import occi.api.backend.RequestContext;
import occi.infrastructure.Compute;
import occi.infrastructure.Infrastructure;
import occi.infrastructure.Network;
import occi.infrastructure.StateMachine;
import occi.infrastructure.spi.InfrastructureDriver;
import org.junit.jupiter.api.Test;

class DriverSelectionTest {

    private final DriverSelection selection = new DriverSelection();

    @Test
    void theHighestRankingDriverOfAKindIsInCharge() {
        selection.bind(candidate(1, -100, Compute.TYPE_ID, Network.TYPE_ID));
        selection.bind(candidate(2, 0, Compute.TYPE_ID));
        assertThat(selection.driverFor(Infrastructure.COMPUTE)).hasValueSatisfying(c -> assertThat(c.serviceId()).isEqualTo(2));
        assertThat(selection.driverFor(Infrastructure.NETWORK)).hasValueSatisfying(c -> assertThat(c.serviceId()).isEqualTo(1));
        assertThat(selection.driverFor(Infrastructure.STORAGE)).isEmpty();
    }

    @Test
    void onEqualRankingTheOlderServiceWins() {
        selection.bind(candidate(7, 5, Compute.TYPE_ID));
        selection.bind(candidate(3, 5, Compute.TYPE_ID));
        assertThat(selection.driverFor(Infrastructure.COMPUTE)).hasValueSatisfying(c -> assertThat(c.serviceId()).isEqualTo(3));
    }

    @Test
    void unbindingHandsTheKindBackAndUpdatingReplacesTheEntry() {
        selection.bind(candidate(1, -100, Compute.TYPE_ID));
        selection.bind(candidate(2, 0, Compute.TYPE_ID));
        selection.unbind(2);
        assertThat(selection.driverFor(Infrastructure.COMPUTE)).hasValueSatisfying(c -> assertThat(c.serviceId()).isEqualTo(1));
        selection.bind(candidate(1, -100, Network.TYPE_ID));
        assertThat(selection.all()).hasSize(1);
        assertThat(selection.driverFor(Infrastructure.COMPUTE)).isEmpty();
    }

    @Test
    void propertiesAreReadAsOsgiPutsThem() {
        DriverSelection.Candidate single = DriverSelection.Candidate.of(new Noop(), Map.of("service.id", 4L,
                InfrastructureDriver.DRIVES, Compute.TYPE_ID));
        assertThat(single.ranking()).isZero();
        assertThat(single.drives(Infrastructure.COMPUTE)).isTrue();
        DriverSelection.Candidate array = DriverSelection.Candidate.of(new Noop(), Map.of("service.id", 5L, "service.ranking", 9,
                InfrastructureDriver.DRIVES, new String[] {Compute.TYPE_ID, Network.TYPE_ID}));
        assertThat(array.ranking()).isEqualTo(9);
        assertThat(array.kinds()).containsExactlyInAnyOrder(Compute.TYPE_ID, Network.TYPE_ID);
    }

    @Test
    void drivesIsReadFromACollectionAndNamesNoKindWhenAbsentOrBlank() {
        DriverSelection.Candidate collection = DriverSelection.Candidate.of(new Noop(), Map.of("service.id", 6L,
                InfrastructureDriver.DRIVES, java.util.List.of(Compute.TYPE_ID, " ")));
        assertThat(collection.kinds()).containsExactly(Compute.TYPE_ID);
        assertThat(DriverSelection.Candidate.of(new Noop(), Map.of("service.id", 7L)).kinds()).isEmpty();
        assertThat(DriverSelection.Candidate.of(new Noop(), Map.of("service.id", 8L, InfrastructureDriver.DRIVES, "")).kinds())
                .isEmpty();
    }

    private static DriverSelection.Candidate candidate(long id, int ranking, String... kinds) {
        return DriverSelection.Candidate.of(new Noop(), Map.of("service.id", id, "service.ranking", ranking,
                InfrastructureDriver.DRIVES, kinds));
    }

    private static final class Noop implements InfrastructureDriver {
        @Override
        public Entity perform(Action action, StateMachine.Transition transition, Entity entity, Map<String, Object> attributes,
                RequestContext request) {
            return entity;
        }
    }
}
