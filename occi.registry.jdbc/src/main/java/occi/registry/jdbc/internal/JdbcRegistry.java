package occi.registry.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.OcciException;
import occi.api.backend.Change;
import occi.api.backend.EntityQuery;
import occi.api.backend.Page;
import occi.api.backend.Registry;
import occi.api.backend.RequestContext;

/**
 * A {@link Registry} in a relational database. Each owner (the request's principal; every
 * anonymous request shares the owner {@code ""}) has a namespace of its own: the same
 * location may exist once per owner, and nothing of another owner is ever returned.
 * A {@link #commit} is one JDBC transaction; version checks lock the rows they read, so
 * two containers sharing one database never both win a conditional update.
 */
public final class JdbcRegistry implements Registry, AutoCloseable {

    /** SQL states: a unique key taken, a serialization failure, a deadlock. */
    /** SQL states of a write refused because the database or transaction is read-only (SQL standard, PostgreSQL). */
    private static final java.util.Set<String> READ_ONLY = java.util.Set.of("25006", "42501");
    /** H2's error codes: "database is read only", I/O failure, file corrupted. */
    private static final int H2_READ_ONLY = 90097;
    private static final int H2_IO = 90028;
    private static final int H2_FILE_CORRUPTED = 90030;
    /** When a client may try a write again after a 503 of the database. */
    private static final java.time.Duration RETRY_AFTER = java.time.Duration.ofSeconds(30);

    private static final String UNIQUE_VIOLATION = "23505";
    private static final String SERIALIZATION_FAILURE = "40001";
    private static final String DEADLOCK = "40P01";
    /** A commit that lost a race it may retry (a deadlock, an unconditional put's insert) runs again at most this often. */
    private static final int ATTEMPTS = 5;

    /** Default of the read cache's size on H2: 10 000 resources with their link lists, about 9 MB of heap for computes. */
    public static final long DEFAULT_READ_CACHE_SIZE = 20_000;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final AttributeCodec codec = new AttributeCodec();
    private final EntityRows rows = new EntityRows(codec);
    private final MixinCodec mixins = new MixinCodec(codec.mapper());
    private final PageCursors cursors = new PageCursors();
    /** On a database only this process writes (see {@link UserMixinCache}). */
    private final UserMixinCache userMixinCache;
    /** On an H2 file this process owns, when configured: entities and links as read (see {@link EntityReadCache}). */
    private final EntityReadCache readCache;
    private final CommitWriter writer;
    /**
     * Serializes this registry's write transactions on H2: under concurrent writers H2 2.3
     * let a conditional update through on a stale row (lost updates in the contract's
     * read-modify-write test, also at REPEATABLE READ). One process owns an H2 file, and the
     * component makes one registry per database, so a lock here covers every writer.
     * PostgreSQL's row locks re-check the row, and its writers run in parallel.
     */
    private final java.util.concurrent.locks.ReentrantLock embeddedWrites = new java.util.concurrent.locks.ReentrantLock();

    /** Hears other containers' commits on PostgreSQL, so that {@link #cursors} are forgotten then too. */
    private final RegistryChanges changes;

    /** A registry whose PostgreSQL change listener holds one of the data source's connections. */
    public JdbcRegistry(DataSource dataSource, Dialect dialect) {
        this(dataSource, dialect, dataSource);
    }

    /**
     * @param listenerSource on PostgreSQL, where the connection that listens for other
     *        containers' commits comes from (it is held while the registry runs: best the
     *        driver's unpooled data source, so that it takes no place in the pool)
     */
    public JdbcRegistry(DataSource dataSource, Dialect dialect, DataSource listenerSource) {
        this(dataSource, dialect, listenerSource, 0);
    }

    /**
     * @param readCacheSize on H2, how much of what {@link #get} and {@link #linksFrom} read is
     *        kept ({@link EntityReadCache}: an entity weighs 1, a list of links 1 + its size);
     *        0 keeps nothing. Ignored on PostgreSQL, which other containers write too. Only for a
     *        database that no other process can write (the caller checks the URL).
     */
    public JdbcRegistry(DataSource dataSource, Dialect dialect, DataSource listenerSource, long readCacheSize) {
        this(dataSource, dialect, listenerSource, dialect == Dialect.H2, readCacheSize);
    }

    /**
     * @param exclusive whether no other process can write the database (an embedded H2 file:
     *        {@link JdbcRegistryComponent#ownedByThisProcess}), the condition of every cache of
     *        what was read; an H2 server or a file shared through {@code AUTO_SERVER} is not
     * @param readCacheSize see above; used only when {@code exclusive}
     */
    public JdbcRegistry(DataSource dataSource, Dialect dialect, DataSource listenerSource, boolean exclusive, long readCacheSize) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.writer = new CommitWriter(rows, dialect, this::nextVersion);
        boolean cacheable = exclusive && dialect == Dialect.H2;
        this.userMixinCache = cacheable ? new UserMixinCache() : null;
        this.readCache = cacheable && readCacheSize > 0 ? new EntityReadCache(readCacheSize) : null;
        this.changes = dialect == Dialect.POSTGRESQL
                ? PostgresChangeListener.start(listenerSource, cursors::forget, "occi-registry-changes")
                : RegistryChanges.ALONE;
    }

    /** Whether every write to the database is heard here (on PostgreSQL: the change listener is connected). */
    boolean hearsEveryWrite() {
        return changes.heard();
    }

    /** Stops listening for other containers' commits. */
    @Override
    public void close() {
        changes.close();
    }

    /** The read cache in use, or null (PostgreSQL, or none configured). */
    EntityReadCache readCache() {
        return readCache;
    }

    @Override
    public Optional<Entity> get(String location, RequestContext request) {
        String owner = owner(request);
        if (readCache != null) {
            return readCache.entity(owner, location, () -> readEntity(owner, location));
        }
        return readEntity(owner, location);
    }

    private Optional<Entity> readEntity(String owner, String location) {
        // one statement: the entity's row joined with its mixins in order (one row when it has none), the hot path's read
        return read("read " + location, connection -> {
            try (PreparedStatement select = prepare(connection, "SELECT " + EntityRows.COLUMNS + ", m.mixin FROM occi_entity e "
                    + "LEFT JOIN occi_entity_mixin m ON m.entity_pk = e.pk WHERE e.owner = ? AND e.location = ? ORDER BY m.ordinal",
                    List.of(owner, location)); ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    return Optional.empty();
                }
                Entity entity = rows.read(result).entity();
                List<CategoryId> applied = new ArrayList<>(2);
                do {
                    String mixin = result.getString(EntityRows.COLUMN_COUNT + 1);
                    if (mixin != null) {
                        applied.add(CategoryId.parse(mixin));
                    }
                } while (result.next());
                return Optional.of(applied.isEmpty() ? entity : entity.withMixins(applied));
            }
        });
    }

    @Override
    public Page<Entity> query(EntityQuery query, RequestContext request) {
        EntityFilter filter = EntityFilter.of(query, owner(request), codec);
        if (query.after() != null) {
            return read("list " + query.pathPrefix(), connection -> keysetPage(connection, filter, query));
        }
        return read("list " + query.pathPrefix(), connection -> {
            long total;
            try (PreparedStatement count = prepare(connection, filter.countSql(), filter.countParameters());
                    ResultSet result = count.executeQuery()) {
                result.next();
                total = result.getLong(1);
            }
            if (query.limit() == 0 || query.offset() >= total) {
                return new Page<>(List.of(), total);
            }
            // the next page of a listing walked page by page starts after the last one instead of skipping rows,
            // while every write to the database is heard (another container's write may have moved the offsets)
            long generation = cursors.generation();
            boolean cursorsHold = changes.heard();
            String after = query.offset() == 0 || !cursorsHold ? null : cursors.before(filter, query.offset());
            List<Object> parameters = new ArrayList<>(filter.parameters());
            String where = filter.where();
            if (after != null) {
                where += " AND " + filter.locationColumn() + " > ?";
                parameters.add(after);
            }
            parameters.add(query.limit());
            parameters.add(after == null ? query.offset() : 0);
            List<EntityRows.Row> found = select(connection, filter.pageSql(where), parameters);
            if (!found.isEmpty() && cursorsHold) {
                cursors.ended(filter, query.offset() + found.size(), found.get(found.size() - 1).entity().location(), generation);
            }
            return new Page<>(rows.withMixins(connection, found), total);
        });
    }

    /**
     * A chunk after a location: {@code location > ?} on the column whose index drives the
     * query, so the database seeks there and reads no more than the chunk; not counted, since
     * counting would read the rest of the listing for every chunk.
     */
    private Page<Entity> keysetPage(Connection connection, EntityFilter filter, EntityQuery query) throws SQLException {
        if (query.limit() == 0) {
            return new Page<>(List.of(), Page.UNCOUNTED);
        }
        List<Object> parameters = new ArrayList<>(filter.parameters());
        parameters.add(query.after());
        parameters.add(query.limit());
        parameters.add(query.offset());
        List<EntityRows.Row> found = select(connection, filter.pageSql(filter.where() + " AND " + filter.locationColumn() + " > ?"),
                parameters);
        return new Page<>(rows.withMixins(connection, found), Page.UNCOUNTED);
    }

    @Override
    public List<Link> linksFrom(String resourceLocation, RequestContext request) {
        String owner = owner(request);
        if (readCache != null) {
            return readCache.links(owner, resourceLocation, () -> readLinksFrom(owner, resourceLocation));
        }
        return readLinksFrom(owner, resourceLocation);
    }

    private List<Link> readLinksFrom(String owner, String resourceLocation) {
        return read("read the links of " + resourceLocation, connection -> {
            List<EntityRows.Row> found = select(connection, "SELECT " + EntityRows.COLUMNS + " FROM occi_entity e "
                    + "WHERE e.owner = ? AND e.source = ? AND e.entity_type = '" + EntityRows.LINK + "' ORDER BY e.location",
                    List.of(owner, resourceLocation));
            return rows.withMixins(connection, found).stream().map(Link.class::cast).toList();
        });
    }

    @Override
    public List<Entity> commit(List<Change> changes, RequestContext request) {
        String owner = owner(request);
        String what = "store " + changes.size() + " change(s)";
        if (readCache == null) {
            return write(what, connection -> writer.apply(connection, owner, changes));
        }
        // the locations it changes, and the resources whose links it may change: the sources of the links it stores
        // here, the old sources of the links it replaces or removes as the writer finds them
        List<String> locations = changes.stream().map(Change::location).toList();
        List<String> sources = changes.stream().filter(c -> c instanceof Change.Put put && put.entity() instanceof Link)
                .map(c -> ((Link) ((Change.Put) c).entity()).source()).filter(java.util.Objects::nonNull).toList();
        return cachedWrite(what, () -> readCache.writing(owner, locations, sources),
                (connection, announced) -> writer.apply(connection, owner, changes, announced::mayChangeLinksOf));
    }

    /** One version for every entity a commit stores, drawn from the sequence. */
    private long nextVersion(Connection connection) throws SQLException {
        try (PreparedStatement next = connection.prepareStatement(dialect.nextVersionQuery());
                ResultSet result = next.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    @Override
    public List<Mixin> userMixins(RequestContext request) {
        String owner = owner(request);
        if (userMixinCache != null) {
            return userMixinCache.get(owner, o -> read("read user mixins", connection -> readUserMixins(connection, o)));
        }
        return read("read user mixins", connection -> readUserMixins(connection, owner));
    }

    private List<Mixin> readUserMixins(Connection connection, String owner) throws SQLException {
        List<Mixin> found = new ArrayList<>();
        try (PreparedStatement select = prepare(connection,
                "SELECT definition FROM occi_user_mixin WHERE owner = ? ORDER BY mixin", List.of(owner));
                ResultSet result = select.executeQuery()) {
            while (result.next()) {
                found.add(mixins.fromJson(result.getString(1)));
            }
        }
        return found;
    }

    @Override
    public void addUserMixins(List<Mixin> added, RequestContext request) {
        String owner = owner(request);
        try {
            addUserMixins(added, owner);
        } finally {
            if (userMixinCache != null) {
                userMixinCache.changed(owner);
            }
        }
    }

    private void addUserMixins(List<Mixin> added, String owner) {
        write("add user mixins", connection -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO occi_user_mixin (owner, mixin, location, definition) VALUES (?, ?, ?, ?)")) {
                for (Mixin mixin : added) {
                    insert.setString(1, owner);
                    insert.setString(2, mixin.id().toString());
                    insert.setString(3, mixin.location());
                    insert.setString(4, mixins.toJson(mixin));
                    try {
                        insert.executeUpdate();
                    } catch (SQLException e) {
                        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                            throw OcciException.conflict("mixin " + mixin.id() + " or its location " + mixin.location()
                                    + " is already defined");
                        }
                        throw e;
                    }
                }
            }
            return null;
        });
    }

    /** Removes the mixin and detaches it from the owner's entities, whose versions then increase. */
    @Override
    public boolean removeUserMixin(CategoryId mixin, RequestContext request) {
        String owner = owner(request);
        try {
            return removeUserMixin(mixin, owner);
        } finally {
            if (userMixinCache != null) {
                userMixinCache.changed(owner);
            }
        }
    }

    private boolean removeUserMixin(CategoryId mixin, String owner) {
        String what = "remove user mixin " + mixin;
        if (readCache == null) {
            return write(what, connection -> removeUserMixin(connection, mixin, owner));
        }
        // it untags (and so changes) any of the owner's entities and links
        return cachedWrite(what, () -> readCache.writingAll(owner), (connection, announced) -> removeUserMixin(connection, mixin, owner));
    }

    private boolean removeUserMixin(Connection connection, CategoryId mixin, String owner) throws SQLException {
        try (PreparedStatement delete = prepare(connection,
                "DELETE FROM occi_user_mixin WHERE owner = ? AND mixin = ?", List.of(owner, mixin.toString()))) {
            if (delete.executeUpdate() == 0) {
                return false;
            }
        }
        String tagged = "SELECT m.entity_pk FROM occi_entity_mixin m JOIN occi_entity e ON e.pk = m.entity_pk "
                + "WHERE e.owner = ? AND m.mixin = ?";
        long version = nextVersion(connection);
        try (PreparedStatement bump = prepare(connection, "UPDATE occi_entity SET version = CASE WHEN version < ? "
                + "THEN ? ELSE version + 1 END WHERE pk IN (" + tagged + ")",
                List.of(version, version, owner, mixin.toString()))) {
            bump.executeUpdate();
        }
        try (PreparedStatement untag = prepare(connection,
                "DELETE FROM occi_entity_mixin WHERE mixin = ? AND entity_pk IN (SELECT pk FROM occi_entity WHERE owner = ?)",
                List.of(mixin.toString(), owner))) {
            untag.executeUpdate();
        }
        for (String table : List.of("occi_entity_category", "occi_entity_state", "occi_category_count", "occi_state_count")) {
            try (PreparedStatement unlist = prepare(connection,
                    "DELETE FROM " + table + " WHERE owner = ? AND category = ?", List.of(owner, mixin.toString()))) {
                unlist.executeUpdate();
            }
        }
        return true;
    }

    private static String owner(RequestContext request) {
        return request.principal() == null ? "" : request.principal();
    }

    private List<EntityRows.Row> select(Connection connection, String sql, List<Object> parameters) throws SQLException {
        List<EntityRows.Row> found = new ArrayList<>();
        try (PreparedStatement select = prepare(connection, sql, parameters); ResultSet result = select.executeQuery()) {
            while (result.next()) {
                found.add(rows.read(result));
            }
        }
        return found;
    }

    private static PreparedStatement prepare(Connection connection, String sql, List<?> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }

    /** Work on one connection that may fail with an {@link SQLException}. */
    @FunctionalInterface
    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private <T> T read(String what, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.on(connection);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Work on one connection that a write has announced to the read cache. */
    @FunctionalInterface
    private interface AnnouncedWork<T> {
        T on(Connection connection, EntityReadCache.Write announced) throws SQLException;
    }

    /**
     * A write on H2 with the read cache: announced once it holds the writers' lock (so that the
     * keys of a write still queued stay served meanwhile), ended once its transaction has
     * committed or rolled back, or failed whichever way.
     */
    private <T> T cachedWrite(String what, java.util.function.Supplier<EntityReadCache.Write> announce, AnnouncedWork<T> work) {
        embeddedWrites.lock();
        try {
            EntityReadCache.Write announced = announce.get();
            try {
                return writeTransaction(what, connection -> work.on(connection, announced));
            } finally {
                announced.end();
            }
        } finally {
            embeddedWrites.unlock();
        }
    }

    /** Runs the work in one transaction; a deadlock or a lost insert race rolls back and runs it again. */
    private <T> T write(String what, Work<T> work) {
        if (dialect != Dialect.H2) {
            return writeTransaction(what, work);
        }
        embeddedWrites.lock();
        try {
            return writeTransaction(what, work);
        } finally {
            embeddedWrites.unlock();
        }
    }

    private <T> T writeTransaction(String what, Work<T> work) {
        for (int attempt = 1;; attempt++) {
            try (Connection connection = dataSource.getConnection()) {
                connection.setAutoCommit(false);
                try {
                    T result = work.on(connection);
                    if (dialect == Dialect.POSTGRESQL) {
                        notifyOtherContainers(connection);
                    }
                    connection.commit();
                    cursors.forget();
                    return result;
                } catch (SQLException | RuntimeException e) {
                    connection.rollback();
                    throw e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                if (attempt >= ATTEMPTS || !retryable(e)) {
                    throw failure(what, e);
                }
            }
        }
    }

    /** Delivered by PostgreSQL when (and only if) the transaction commits: the other containers forget their cursors. */
    private static void notifyOtherContainers(Connection connection) throws SQLException {
        try (java.sql.Statement notify = connection.createStatement()) {
            notify.execute(PostgresChangeListener.NOTIFY);
        }
    }

    private static boolean retryable(SQLException e) {
        String state = e.getSQLState();
        return UNIQUE_VIOLATION.equals(state) || SERIALIZATION_FAILURE.equals(state) || DEADLOCK.equals(state);
    }

    /**
     * What the client is told when the database refuses: never the SQL or the database's own
     * message (they name tables, columns and statements; the log has them, with the 500s). A
     * database that cannot be reached, is read-only or out of space is a 503 with a retry hint
     * and the reason; a value the database cannot hold (SQL state class 22) is the client's 400.
     */
    static OcciException failure(String what, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (e instanceof SQLTransientConnectionException || state.startsWith("08")) {
            return new OcciException(503, "the registry could not " + what + ": its database cannot be reached", e, RETRY_AFTER);
        }
        if (READ_ONLY.contains(state) || e.getErrorCode() == H2_READ_ONLY) {
            return new OcciException(503, "the registry could not " + what + ": its database is read-only or refuses writes", e, RETRY_AFTER);
        }
        if (state.startsWith("53") || e.getErrorCode() == H2_IO || e.getErrorCode() == H2_FILE_CORRUPTED) {
            return new OcciException(503, "the registry could not " + what + ": its database cannot write (disk full or failing)", e,
                    RETRY_AFTER);
        }
        if (state.startsWith("22")) {
            return new OcciException(400, "the registry could not " + what + ": a value is too long or malformed for it", e);
        }
        return new OcciException(500, "the registry could not " + what, e);
    }
}
