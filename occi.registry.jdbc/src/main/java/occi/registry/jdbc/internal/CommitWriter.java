package occi.registry.jdbc.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import occi.api.Entity;
import occi.api.OcciException;
import occi.api.backend.Change;

/**
 * Applies one commit's changes inside its transaction with a number of statements that does
 * not grow with the number of entities: one query locks every stored location the commit
 * touches, the changes are then checked one after the other against what the commit has
 * done so far (409 and 412 as each change finds its location), and only the outcome is
 * written, in batches: deletes, updates, inserts, then the category rows, mixins and
 * attribute index of every stored entity, then each category counter once.
 */
final class CommitWriter {

    /** A location the commit touches: what was stored before it, and what it leaves there so far. */
    private static final class Slot {
        final EntityRows.Stored before;
        boolean present;
        long version;
        Entity entity;

        Slot(EntityRows.Stored before) {
            this.before = before;
            this.present = before != null;
            this.version = before == null ? 0 : before.version();
        }
    }

    /** Draws the commit's version from the sequence, on the first put. */
    @FunctionalInterface
    interface VersionSource {
        long next(Connection connection) throws SQLException;
    }

    private final EntityRows rows;
    private final Dialect dialect;
    private final VersionSource versions;

    CommitWriter(EntityRows rows, Dialect dialect, VersionSource versions) {
        this.rows = rows;
        this.dialect = dialect;
        this.versions = versions;
    }

    /** The stored puts, in order, with their versions; throws 409 or 412 before anything is written. */
    List<Entity> apply(Connection connection, String owner, List<Change> changes) throws SQLException {
        return apply(connection, owner, changes, source -> {});
    }

    /**
     * The same, telling {@code oldSources}, before anything is written, the source of every
     * stored link the changes replace or remove (a replaced link may have had another source).
     */
    List<Entity> apply(Connection connection, String owner, List<Change> changes, Consumer<String> oldSources)
            throws SQLException {
        List<String> locations = changes.stream().map(Change::location).toList();
        Map<String, EntityRows.Stored> stored = rows.lock(connection, dialect, owner, locations);
        for (EntityRows.Stored link : stored.values()) {
            if (link.source() != null) {
                oldSources.accept(link.source());
            }
        }
        Map<String, Slot> slots = new LinkedHashMap<>();
        for (String location : locations) {
            slots.computeIfAbsent(location, l -> new Slot(stored.get(l)));
        }
        List<Entity> result = new ArrayList<>();
        long version = 0;
        for (Change change : changes) {
            Slot slot = slots.get(change.location());
            check(change, slot);
            if (change instanceof Change.Put put) {
                version = version == 0 ? versions.next(connection) : version;
                long next = slot.present ? Math.max(version, slot.version + 1) : version;
                slot.present = true;
                slot.version = next;
                slot.entity = put.entity().withVersion(next);
                result.add(slot.entity);
            } else {
                slot.present = false;
                slot.entity = null;
            }
        }
        write(connection, owner, slots.values());
        return result;
    }

    /** The rules of one change against its location as the commit has left it so far. */
    private static void check(Change change, Slot slot) {
        long expected = change.expectedVersion();
        boolean put = change instanceof Change.Put;
        if (!slot.present) {
            if (expected != Change.ABSENT && expected != Change.ANY_VERSION) {
                throw OcciException.preconditionFailed(change.location() + " does not exist (expected version "
                        + expected + ")");
            }
            return; // a put creates it; a remove finds it absent, as wanted
        }
        if (expected == Change.ABSENT) {
            throw OcciException.conflict(change.location() + (put ? " is taken" : " exists"));
        }
        if (expected != Change.ANY_VERSION && expected != slot.version) {
            throw OcciException.preconditionFailed(change.location() + " has version " + slot.version + ", not " + expected);
        }
    }

    /** Writes what the commit leaves at each location, compared with what was there before it. */
    private void write(Connection connection, String owner, java.util.Collection<Slot> slots) throws SQLException {
        List<Long> removed = new ArrayList<>();
        List<EntityRows.Replacement> replaced = new ArrayList<>();
        List<Entity> created = new ArrayList<>();
        for (Slot slot : slots) {
            if (slot.before == null) {
                if (slot.present) {
                    created.add(slot.entity);
                }
            } else if (!slot.present) {
                removed.add(slot.before.pk());
            } else {
                replaced.add(new EntityRows.Replacement(slot.before.pk(), slot.before.version(), slot.entity));
            }
        }
        CategoryCounts counts = new CategoryCounts(dialect.counterShard());
        List<Long> changedRows = new ArrayList<>(removed);
        replaced.forEach(r -> changedRows.add(r.pk()));
        if (!changedRows.isEmpty()) {
            rows.uncount(connection, owner, changedRows, counts);
        }
        if (!removed.isEmpty()) {
            rows.delete(connection, removed);
        }
        List<Long> pks = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        if (!replaced.isEmpty()) {
            List<Long> replacedPks = replaced.stream().map(EntityRows.Replacement::pk).toList();
            rows.deleteChildren(connection, replacedPks);
            rows.update(connection, replaced);
            pks.addAll(replacedPks);
            replaced.forEach(r -> entities.add(r.entity()));
        }
        if (!created.isEmpty()) {
            // a unique key taken here is a concurrent create: the commit runs again and then sees it
            pks.addAll(rows.insert(connection, owner, created));
            entities.addAll(created);
        }
        if (!entities.isEmpty()) {
            rows.insertChildren(connection, owner, pks, entities, counts);
        }
        counts.apply(connection);
    }
}
