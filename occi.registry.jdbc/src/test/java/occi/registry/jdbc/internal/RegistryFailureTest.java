package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import occi.api.OcciException;
import org.junit.jupiter.api.Test;

/** What a client hears when the database refuses: a status that says whose fault it is, and never the SQL. */
class RegistryFailureTest {

    private static final String SQL = "Value too long for column \"LOCATION CHARACTER VARYING(2048)\"; SQL statement: INSERT INTO occi_entity";

    @Test
    void aValueTheDatabaseCannotHoldIsTheClients400WithoutTheSql() {
        OcciException e = JdbcRegistry.failure("store 1 change(s)", new SQLException(SQL, "22001", 22001));
        assertThat(e.status()).isEqualTo(400);
        assertThat(e.getMessage()).isEqualTo("the registry could not store 1 change(s): a value is too long or malformed for it")
                .doesNotContain("INSERT").doesNotContain("LOCATION");
    }

    @Test
    void aReadOnlyDatabaseIsA503WithARetryHint() {
        OcciException h2 = JdbcRegistry.failure("store 1 change(s)", new SQLException("The database is read only; SQL statement: INSERT",
                "90097", 90097));
        OcciException postgres = JdbcRegistry.failure("store 1 change(s)", new SQLException("cannot execute INSERT in a read-only transaction",
                "25006"));
        for (OcciException e : new OcciException[] {h2, postgres}) {
            assertThat(e.status()).isEqualTo(503);
            assertThat(e.retryAfterHeader()).contains("30");
            assertThat(e.getMessage()).isEqualTo("the registry could not store 1 change(s): its database is read-only or refuses writes");
        }
    }

    @Test
    void anUnreachableDatabaseIsA503AndAnyOtherFailureA500WithoutDetails() {
        assertThat(JdbcRegistry.failure("read", new SQLException("Connection refused", "08001")).status()).isEqualTo(503);
        OcciException other = JdbcRegistry.failure("read", new SQLException("syntax error near SELECT x FROM occi_entity", "42601"));
        assertThat(other.status()).isEqualTo(500);
        assertThat(other.getMessage()).isEqualTo("the registry could not read");
    }
}
