package occi.server.internal.engine;

import java.util.List;
import occi.api.progress.Operation;
import occi.api.progress.OperationStatus;
import occi.api.progress.OperationTracker;

/** The tracker in use while no tracker service is there: operations run, nobody sees their progress. */
final class Untracked implements Operation {

    static final OperationTracker TRACKER = new OperationTracker() {
        @Override
        public Operation begin(String title, String principal, long total) {
            return new Untracked();
        }

        @Override
        public List<OperationStatus> running() {
            return List.of();
        }

        @Override
        public List<OperationStatus> finished() {
            return List.of();
        }
    };

    @Override
    public long id() {
        return 0;
    }

    @Override
    public void advance(long members) {
        // nobody watches
    }

    @Override
    public void reached(long done) {
        // nobody watches
    }

    @Override
    public void failed(String message) {
        // nobody watches
    }

    @Override
    public void close() {
        // nothing to end
    }
}
