package occi.server.internal.progress;

import static org.assertj.core.api.Assertions.assertThat;

import occi.api.progress.Operation;
import occi.api.progress.OperationStatus;
import org.junit.jupiter.api.Test;

class InMemoryOperationTrackerTest {

    @Test
    void advanceAndReachedNeverCountBackwards() {
        InMemoryOperationTracker tracker = new InMemoryOperationTracker();
        Operation operation = tracker.begin("bulk", null, 10);
        operation.advance(3);
        operation.reached(2);
        assertThat(tracker.running().get(0).done()).isEqualTo(3);
        operation.reached(7);
        assertThat(tracker.running().get(0).done()).isEqualTo(7);
        operation.close();
        operation.close();
        assertThat(tracker.finished()).extracting(OperationStatus::done).containsExactly(7L);
    }

    @Test
    void keepsTheLastFinishedOnesMostRecentFirst() {
        InMemoryOperationTracker tracker = new InMemoryOperationTracker();
        for (int i = 1; i <= InMemoryOperationTracker.KEPT + 5; i++) {
            tracker.begin("op " + i, null, 1).close();
        }
        assertThat(tracker.finished()).hasSize(InMemoryOperationTracker.KEPT);
        assertThat(tracker.finished().get(0).title()).isEqualTo("op " + (InMemoryOperationTracker.KEPT + 5));
        assertThat(tracker.running()).isEmpty();
    }
}
