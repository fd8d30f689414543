package occi.registry.jdbc.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.SQLException;

/**
 * Two containers of a cluster, as the PostgreSQL tests need them: this JVM's test schema
 * emptied and migrated, then a pool and a registry for each container on it.
 */
final class PostgresCluster implements AutoCloseable {

    final HikariDataSource poolOne;
    final HikariDataSource poolTwo;
    final JdbcRegistry one;
    final JdbcRegistry two;

    private PostgresCluster(HikariDataSource poolOne, HikariDataSource poolTwo, long readCacheSize) {
        this.poolOne = poolOne;
        this.poolTwo = poolTwo;
        this.one = new JdbcRegistry(poolOne, Dialect.POSTGRESQL, poolOne, readCacheSize);
        this.two = new JdbcRegistry(poolTwo, Dialect.POSTGRESQL, poolTwo, readCacheSize);
    }

    /**
     * @param name the pools' names are made of it
     * @param readCacheSize what each registry is asked to keep (PostgreSQL keeps nothing whatever it is)
     */
    static PostgresCluster open(String name, long readCacheSize) throws SQLException {
        HikariDataSource first = TestDatabases.postgres(name + "-1");
        TestDatabases.dropAll(first); // this JVM's schema: another test class may have left a schema of another version
        SchemaMigrator.bundled().migrate(first, Dialect.POSTGRESQL);
        return new PostgresCluster(first, TestDatabases.postgres(name + "-2"), readCacheSize);
    }

    @Override
    public void close() {
        one.close();
        two.close();
        poolOne.close();
        poolTwo.close();
    }
}
