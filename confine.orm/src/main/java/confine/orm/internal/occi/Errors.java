package confine.orm.internal.occi;

import confine.orm.ConfineException;
import confine.orm.ResponseStatusException;
import confine.orm.UnreachableException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import occi.api.OcciException;

/**
 * The controller's answers as OCCI statuses, with the controller's message: an
 * authorisation refusal stays 401 or 403, bad data (a field's message included) is 400,
 * a missing resource 404, and a controller that cannot be reached or fails is 503 with a
 * hint to retry.
 */
final class Errors {

    /**
     * The retry hint ({@code Retry-After}) when the controller cannot answer: the client has
     * already retried idempotent requests with backoff, so the controller is down or
     * overloaded for longer than a moment.
     */
    static final Duration RETRY_AFTER = Duration.ofSeconds(10);

    private Errors() {}

    static OcciException toOcci(String what, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ResponseStatusException status) {
            String detail = status.detail() == null || status.detail().isEmpty() ? status.getMessage() : status.detail();
            String message = what + ": the CONFINE controller answered " + status.status() + ": " + detail;
            int code = status.status();
            if (code == 401 || code == 403 || code == 404 || code == 409) {
                return new OcciException(code, message, cause);
            }
            if (code == 400 || code == 422) {
                return new OcciException(400, message, cause);
            }
            return new OcciException(503, message + "; retry later", cause, RETRY_AFTER);
        }
        if (cause instanceof UnreachableException) {
            return new OcciException(503, what + ": the CONFINE controller cannot be reached (" + cause.getMessage()
                    + "); retry later", cause, RETRY_AFTER);
        }
        if (cause instanceof OcciException occi) {
            return occi;
        }
        if (cause instanceof ConfineException) {
            return new OcciException(503, what + ": " + cause.getMessage() + "; retry later", cause, RETRY_AFTER);
        }
        if (cause instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(cause);
    }
}
