package occi.registry.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import occi.api.backend.Registry;
import occi.registry.contract.RegistryContract;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The registry contract against the JDBC registry on an embedded H2 file, with its read cache as the container runs it. */
class H2RegistryContractTest extends RegistryContract {

    private static HikariDataSource database;
    private static JdbcRegistry registry;
    private static JdbcRegistry secondContainer;

    @BeforeAll
    static void openDatabase() throws Exception {
        database = TestDatabases.freshH2("contract");
        SchemaMigrator.bundled().migrate(database, Dialect.H2);
        registry = new JdbcRegistry(database, Dialect.H2, database, JdbcRegistry.DEFAULT_READ_CACHE_SIZE);
        // H2 in file mode serves one process: the "other container" is the same registry
        secondContainer = registry;
    }

    @AfterAll
    static void closeDatabase() {
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
