package occi.api.progress;

import java.time.Instant;

/**
 * An operation as it stands.
 *
 * @param id        the tracker's number for it
 * @param title     what it does
 * @param principal who asked for it, or {@code null} for anonymous
 * @param done      members done so far
 * @param total     members in all, or 0 when not known
 * @param started   when it began
 * @param finished  when it ended, or {@code null} while it runs
 * @param failure   why it failed, or {@code null}
 */
public record OperationStatus(long id, String title, String principal, long done, long total, Instant started,
        Instant finished, String failure) {

    /** Whether it is still running. */
    public boolean running() {
        return finished == null;
    }

    /** Whole percent done, 0 when the total is not known. */
    public int percent() {
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }
}
