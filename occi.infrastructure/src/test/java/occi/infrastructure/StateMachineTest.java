package occi.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.OcciException;
import occi.api.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of every state table: for each state, what each action leads to ("-": not applicable). */
class StateMachineTest {

    private static final Set<String> COVERED = new HashSet<>();

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', textBlock = """
            compute          | active    | start=-      stop=inactive  restart=active   suspend=suspended save=active
            compute          | inactive  | start=active stop=-         restart=-        suspend=-         save=inactive
            compute          | suspended | start=active stop=inactive  restart=-        suspend=-         save=-
            compute          | error     | start=-      stop=inactive  restart=active   suspend=-         save=-
            network          | active    | up=-         down=inactive
            network          | inactive  | up=active    down=-
            network          | error     | up=-         down=inactive
            storage          | online    | online=-      offline=offline backup=online snapshot=online resize=online
            storage          | offline   | online=online offline=-       backup=-      snapshot=-      resize=offline
            storage          | error     | online=-      offline=offline backup=-      snapshot=-      resize=-
            storage          | backup    | online=-      offline=-       backup=-      snapshot=-      resize=-
            storage          | snapshot  | online=-      offline=-       backup=-      snapshot=-      resize=-
            storage          | resize    | online=-      offline=-       backup=-      snapshot=-      resize=-
            storage          | degraded  | online=online offline=offline backup=-      snapshot=-      resize=-
            networkinterface | active    | up=-         down=inactive
            networkinterface | inactive  | up=active    down=-
            networkinterface | error     | up=-         down=inactive
            storagelink      | active    | online=-      offline=inactive
            storagelink      | inactive  | online=active offline=-
            storagelink      | error     | online=-      offline=inactive
            """)
    void row(String kindTerm, String state, String outcomes) {
        StateMachine machine = Infrastructure.stateMachine(new CategoryId(Infrastructure.SCHEME, kindTerm)).orElseThrow();
        Entity entity = machine.moveTo(entityOf(machine.kind()), state);
        Map<String, String> expected = new HashMap<>();
        for (String outcome : outcomes.trim().split("\\s+")) {
            String[] parts = outcome.split("=");
            expected.put(parts[0], parts[1]);
        }
        assertThat(expected.keySet()).as("every action of %s is in the row", kindTerm)
                .containsExactlyInAnyOrderElementsOf(machine.actions().stream().map(CategoryId::term).toList());
        for (CategoryId action : machine.actions()) {
            String next = expected.get(action.term());
            if (next.equals("-")) {
                assertThat(machine.applicable(action, entity)).as("%s applicable in %s", action.term(), state).isFalse();
                assertThat(machine.next(action, entity)).isEmpty();
                assertThatThrownBy(() -> machine.require(action, entity)).isInstanceOfSatisfying(OcciException.class,
                        e -> assertThat(e.status()).isEqualTo(400));
                assertThat(machine.applicableActions(entity)).doesNotContain(action);
            } else {
                assertThat(machine.applicable(action, entity)).as("%s applicable in %s", action.term(), state).isTrue();
                assertThat(machine.next(action, entity)).contains(next);
                StateMachine.Transition row = machine.require(action, entity);
                assertThat(row).isEqualTo(new StateMachine.Transition(state, action, next));
                assertThat(machine.state(machine.apply(row, entity))).isEqualTo(next);
                assertThat(machine.applicableActions(entity)).contains(action);
            }
        }
        COVERED.add(kindTerm + "/" + state);
    }

    @AfterAll
    static void everyStateOfEveryTableHasARow() {
        for (StateMachine machine : Infrastructure.STATE_MACHINES) {
            for (String state : machine.states()) {
                assertThat(COVERED).as("rows tested").contains(machine.kind().term() + "/" + state);
            }
        }
    }

    @Test
    void theInitialStatesAreInactiveOrOffline() {
        assertThat(Compute.STATES.initialState()).isEqualTo("inactive");
        assertThat(Network.STATES.initialState()).isEqualTo("inactive");
        assertThat(Storage.STATES.initialState()).isEqualTo("offline");
        assertThat(NetworkInterface.STATES.initialState()).isEqualTo("inactive");
        assertThat(StorageLink.STATES.initialState()).isEqualTo("inactive");
        assertThat(Infrastructure.STATE_MACHINES).allSatisfy(m -> assertThat(m.errorState()).isEqualTo("error"));
    }

    @Test
    void anEntityWithoutAStateIsInTheInitialState() {
        Resource vm = Resource.of("/compute/", Infrastructure.COMPUTE);
        assertThat(Compute.STATES.state(vm)).isEqualTo("inactive");
        assertThat(Compute.STATES.applicableActions(vm)).containsExactly(Compute.START.id(), Compute.SAVE.id());
    }

    @Test
    void aRefusalNamesTheStateAndWhereTheActionWouldApply() {
        Entity vm = Compute.STATES.moveTo(Resource.of("/compute/", Infrastructure.COMPUTE), "inactive");
        assertThatThrownBy(() -> Compute.STATES.require(Compute.STOP.id(), vm))
                .hasMessage("action stop is not applicable to compute in state inactive (applicable in: active, suspended, error)");
    }

    @Test
    void movingClearsTheMessageAndWithStateSetsIt() {
        Entity vm = Compute.STATES.withState(Resource.of("/compute/", Infrastructure.COMPUTE), "error", "hypervisor unreachable");
        assertThat(vm.attributes()).containsEntry(Compute.STATE, "error").containsEntry(Compute.STATE_MESSAGE, "hypervisor unreachable");
        Entity stopped = Compute.STATES.moveTo(vm, "inactive");
        assertThat(stopped.attributes()).containsEntry(Compute.STATE, "inactive").doesNotContainKey(Compute.STATE_MESSAGE);
    }

    @Test
    void unknownStatesAndMismatchedRowsAreRefused() {
        Entity vm = Resource.of("/compute/", Infrastructure.COMPUTE);
        assertThatIllegalArgumentException().isThrownBy(() -> Compute.STATES.moveTo(vm, "running"));
        StateMachine.Transition fromActive = Compute.STATES.transition(Compute.STOP.id(), "active").orElseThrow();
        assertThatIllegalStateException().isThrownBy(() -> Compute.STATES.apply(fromActive, vm));
        assertThat(Compute.STATES.transition(Network.UP.id(), "inactive")).isEqualTo(Optional.empty());
        assertThat(Compute.STATES.governs(Network.UP.id())).isFalse();
    }

    @Test
    void actionsAreFoundByTheirTableWhateverTheEntitysKind() {
        assertThat(Infrastructure.stateMachineOf(Compute.START.id())).containsSame(Compute.STATES);
        assertThat(Infrastructure.stateMachineOf(Network.UP.id())).containsSame(Network.STATES);
        assertThat(Infrastructure.stateMachineOf(NetworkInterface.UP.id())).containsSame(NetworkInterface.STATES);
        assertThat(Infrastructure.stateMachineOf(StorageLink.ONLINE.id())).containsSame(StorageLink.STATES);
        assertThat(Infrastructure.stateMachineOf(Storage.ONLINE_ACTION.id())).containsSame(Storage.STATES);
    }

    @Test
    void aTableRefusesRowsOutsideItsStatesAndDuplicateRows() {
        assertThatIllegalArgumentException().isThrownBy(() -> StateMachine.builder(Infrastructure.COMPUTE, Compute.STATE)
                .states("a", "b").initial("a").error("b").on(Compute.START, "c", "a").build());
        assertThatIllegalArgumentException().isThrownBy(() -> StateMachine.builder(Infrastructure.COMPUTE, Compute.STATE)
                .states("a", "b").initial("a").error("b").on(Compute.START, "b", "a").on(Compute.START, "a", "a").build());
        assertThatIllegalArgumentException().isThrownBy(() -> StateMachine.builder(Infrastructure.COMPUTE, Compute.STATE)
                .states("a", "b").initial("z").error("b").build());
    }

    private static Entity entityOf(CategoryId kind) {
        if (kind.equals(Infrastructure.NETWORKINTERFACE) || kind.equals(Infrastructure.STORAGELINK)) {
            return new Link("l1", "/" + kind.term() + "/l1", kind, List.of(), Map.of(), null, "/compute/1", "/network/1", null, 0);
        }
        return Resource.of("/" + kind.term() + "/", kind);
    }
}
