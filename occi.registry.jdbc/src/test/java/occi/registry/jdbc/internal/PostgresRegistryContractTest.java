package occi.registry.jdbc.internal;

import occi.api.backend.Registry;
import occi.registry.contract.RegistryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The registry contract against PostgreSQL, when a test database answers on loopback
 * ({@code cnf/tools/install-postgres.sh} sets one up); skipped otherwise.
 */
@EnabledIf(value = "occi.registry.jdbc.internal.TestDatabases#postgresReachable",
        disabledReason = "no PostgreSQL test database on loopback (run cnf/tools/install-postgres.sh)")
class PostgresRegistryContractTest extends RegistryContract {

    /** The registry under test, and a second one on the same database: another container of a cluster. */
    private static PostgresCluster cluster;

    @BeforeAll
    static void openDatabase() throws Exception {
        cluster = PostgresCluster.open("contract", 0);
    }

    @AfterAll
    static void closeDatabase() {
        cluster.close();
    }

    @Override
    protected Registry registry() {
        return cluster.one;
    }

    @Override
    protected Registry otherContainer() {
        return cluster.two;
    }
}
