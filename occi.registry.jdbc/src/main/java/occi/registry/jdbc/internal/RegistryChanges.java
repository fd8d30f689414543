package occi.registry.jdbc.internal;

/**
 * Whether what this registry remembers between requests (the {@link PageCursors}) may be
 * trusted: it may when every write to the database is seen here. On H2 this process is the
 * only writer ({@link #ALONE}); on PostgreSQL several containers share the database and a
 * {@link PostgresChangeListener} hears their commits.
 */
interface RegistryChanges extends AutoCloseable {

    /** One process owns the database (an embedded H2 file): every write goes through this registry. */
    RegistryChanges ALONE = new RegistryChanges() {
        @Override
        public boolean heard() {
            return true;
        }

        @Override
        public void close() {
            // nothing runs
        }
    };

    /**
     * Whether every commit to the database, by any container, has been or will be reported
     * to this registry: false while a listener is not (yet, or any more) connected, when
     * commits of others could pass unheard.
     */
    boolean heard();

    @Override
    void close();
}
