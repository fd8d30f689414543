package occi.registry.jdbc.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;

/** HikariCP over a driver's plain (unpooled) {@link DataSource}. */
public final class PooledDataSources {

    private PooledDataSources() {}

    /**
     * A pool that opens one connection at once, so that a wrong URL or password fails here,
     * with the driver's message, rather than on the first request.
     */
    public static HikariDataSource pool(DataSource unpooled, String name, int size, long connectionTimeoutMillis) {
        HikariConfig config = new HikariConfig();
        config.setDataSource(unpooled);
        config.setPoolName(name);
        config.setMaximumPoolSize(size);
        config.setMinimumIdle(Math.min(2, size));
        config.setConnectionTimeout(connectionTimeoutMillis);
        config.setAutoCommit(true);
        config.setInitializationFailTimeout(connectionTimeoutMillis);
        return new HikariDataSource(config);
    }
}
