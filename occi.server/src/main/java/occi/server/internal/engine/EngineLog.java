package occi.server.internal.engine;

/** Where the engine reports what an operator should know; the OSGi side sends it to the log service. */
public interface EngineLog {

    void debug(String message);

    void warn(String message);

    void error(String message, Throwable cause);

    /** Discards everything (tests that do not look at the log). */
    EngineLog NONE = new EngineLog() {
        @Override
        public void debug(String message) {
            // discarded
        }

        @Override
        public void warn(String message) {
            // discarded
        }

        @Override
        public void error(String message, Throwable cause) {
            // discarded
        }
    };
}
