package occi.api.progress;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Keeps the operations that are running and the last ones that finished, in memory.
 * Registered as a service by the OCCI server; thread-safe.
 */
@ProviderType
public interface OperationTracker {

    /**
     * Starts tracking an operation.
     *
     * @param title     what it does, as an operator reads it ({@code "start on /compute/ (250 members)"})
     * @param principal who asked for it, or {@code null} for an anonymous request
     * @param total     how many members it works through; 0 when not known
     */
    Operation begin(String title, String principal, long total);

    /** The operations running now, oldest first. */
    List<OperationStatus> running();

    /** The operations that finished last (a bounded number of them), most recent first. */
    List<OperationStatus> finished();
}
