package occi.server.internal.model;

import java.util.Objects;

/**
 * A category of a backend that the model leaves out, and why: what the runtime service
 * reports and the log says.
 *
 * @param serviceId the backend's {@code service.id}
 * @param category  the category's type identifier; null when the backend could not list its categories
 * @param reason    one of {@link occi.api.runtime.FailedServiceDTO}'s reasons
 * @param message   the reason in words, as logged
 */
public record Refusal(long serviceId, String category, String reason, String message) {

    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }
}
