package confine.controller.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatesTest {

    @Test
    void nodesStartInDebugWhichOnlyTheNodeLeaves() {
        assertThat(States.nodeInitial("debug")).isEmpty();
        assertThat(States.nodeInitial("production")).contains("Initial state must be Debug");
        assertThat(States.nodeChange("debug", "safe")).contains("Can not manually exit from Debug state.");
        assertThat(States.nodeChange("safe", "debug")).contains("Can not manually enter to Debug state.");
        assertThat(States.nodeChange("debug", "debug")).isEmpty();
    }

    @Test
    void nodesReachProductionOnlyFromSafe() {
        assertThat(States.nodeChange("safe", "production")).isEmpty();
        assertThat(States.nodeChange("failure", "production")).isPresent();
        assertThat(States.nodeChange("production", "failure")).isEmpty();
        assertThat(States.nodeChange("failure", "safe")).isEmpty();
    }

    @Test
    void slicesStartInRegister() {
        assertThat(States.sliceInitial("register")).isEmpty();
        assertThat(States.sliceInitial("start")).contains("Initial state must be Register");
    }

    @Test
    void sliversNeverAskBeyondTheirSlice() {
        assertThat(States.sliver(null, "register")).isEmpty();
        assertThat(States.sliver("deploy", "start")).isEmpty();
        assertThat(States.sliver("deploy", "deploy")).isEmpty();
        assertThat(States.sliver("start", "deploy")).isPresent();
        assertThat(States.sliver("deploy", "register")).isPresent();
    }
}
