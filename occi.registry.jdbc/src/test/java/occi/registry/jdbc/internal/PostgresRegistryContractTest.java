package occi.registry.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
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

    private static HikariDataSource database;
    private static HikariDataSource secondPool;
    private static JdbcRegistry registry;
    private static JdbcRegistry secondContainer;

    @BeforeAll
    static void openDatabase() throws Exception {
        database = TestDatabases.postgres("contract");
        TestDatabases.dropAll(database);
        SchemaMigrator.bundled().migrate(database, Dialect.POSTGRESQL);
        registry = new JdbcRegistry(database, Dialect.POSTGRESQL);
        // a second pool and registry on the same database: another container of a cluster
        secondPool = TestDatabases.postgres("contract-2");
        secondContainer = new JdbcRegistry(secondPool, Dialect.POSTGRESQL);
    }

    @AfterAll
    static void closeDatabase() {
        registry.close();
        secondContainer.close();
        secondPool.close();
        database.close();
    }

    @Override
    protected Registry registry() {
        return registry;
    }

    @Override
    protected Registry otherContainer() {
        return secondContainer;
    }
}
