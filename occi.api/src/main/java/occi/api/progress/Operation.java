package occi.api.progress;

import java.util.Optional;
import occi.api.backend.RequestContext;
import org.osgi.annotation.versioning.ProviderType;

/**
 * One long operation being run: report members done with {@link #advance} (or
 * {@link #reached}), a failure with {@link #failed}, and {@link #close} it when it ends,
 * however it ends. Thread-safe: members done on several threads may be reported concurrently.
 */
@ProviderType
public interface Operation extends AutoCloseable {

    /** The key of the running operation among a {@link RequestContext#extras() request's extras}. */
    String EXTRA = "occi.operation";

    /** The operation a request is part of, if it is part of one (an action on a collection). */
    static Optional<Operation> of(RequestContext request) {
        return request == null ? Optional.empty()
                : Optional.ofNullable(request.extras().get(EXTRA)).filter(Operation.class::isInstance).map(Operation.class::cast);
    }

    /** Its tracker's number for it. */
    long id();

    /** Adds members done. */
    void advance(long members);

    /** At least this many members are done now (one that reported members itself may be ahead). */
    void reached(long done);

    /** It failed, with the message an operator reads; {@link #close} still ends it. */
    void failed(String message);

    /** It ended: it moves from the running operations to the finished ones. Closing again does nothing. */
    @Override
    void close();
}
