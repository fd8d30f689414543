package occi.registry.jdbc.internal;

import java.sql.BatchUpdateException;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Runs JDBC batches and reports a failed one with the SQL state of the statement that failed. */
final class Batches {

    private Batches() {}

    /**
     * Executes the batch and returns its update counts. A {@link BatchUpdateException} is
     * rethrown as an {@link SQLException} carrying the first SQL state found along its chain
     * (drivers differ in whether the batch exception itself has one), so that the registry
     * recognizes a taken key or a serialization failure in a batch as it does for one statement.
     */
    static int[] execute(PreparedStatement statement) throws SQLException {
        try {
            return statement.executeBatch();
        } catch (BatchUpdateException e) {
            throw new SQLException(e.getMessage(), stateOf(e), e);
        }
    }

    static String stateOf(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                if (sql.getSQLState() != null) {
                    return sql.getSQLState();
                }
                SQLException next = sql.getNextException();
                if (next != null && next.getSQLState() != null) {
                    return next.getSQLState();
                }
            }
        }
        return null;
    }
}
