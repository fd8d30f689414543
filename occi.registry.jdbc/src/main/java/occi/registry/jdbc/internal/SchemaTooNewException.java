package occi.registry.jdbc.internal;

/** The database was migrated by a newer version of this bundle: refusing to touch it. */
public final class SchemaTooNewException extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    private final int found;
    private final int known;

    SchemaTooNewException(int found, int known) {
        super("the registry database has schema version " + found + " but this occi.registry.jdbc bundle knows "
                + "versions up to " + known + ": a newer bundle migrated it. Install that bundle (or a newer one), "
                + "or point the registry at another database; nothing was changed");
        this.found = found;
        this.known = known;
    }

    public int found() {
        return found;
    }

    public int known() {
        return known;
    }
}
