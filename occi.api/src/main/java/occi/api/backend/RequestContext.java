package occi.api.backend;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * What the server knows about the request being served, passed to every backend and
 * registry call: who is asking (the authenticated principal, or none) and whatever a
 * security bundle added ({@code extras}: roles, tenant, token claims), so that ownership
 * and per-user namespaces are possible.
 *
 * @param principal the authenticated user's name, or {@code null} for an anonymous request
 * @param extras    further facts a security service attached, never {@code null}
 * @param base      the absolute URI of the OCCI server's base path, e.g. {@code http://127.0.0.1:8080/}
 */
public record RequestContext(String principal, Map<String, Object> extras, URI base) {

    /**
     * The servlet request attribute where a security extension (a servlet or JAX-RS filter
     * that authenticates the caller) leaves a {@code Map<String, Object>} of what it knows;
     * the server passes it on as {@link #extras()}. The principal comes from the request's
     * security context.
     */
    public static final String EXTRAS_ATTRIBUTE = "occi.request.extras";

    /**
     * The key of {@link #extras()} under which the server says, {@code Boolean.TRUE}, that the
     * request came from a loopback address to a loopback address of this host, with no
     * proxy header ({@code Forwarded}, {@code X-Forwarded-For}) naming another client. The
     * server sets it, or removes it, on every request, whatever a security extension left there.
     *
     * @since 1.3
     */
    public static final String LOOPBACK = "occi.request.loopback";

    public RequestContext {
        extras = Map.copyOf(extras == null ? Map.of() : extras);
        Objects.requireNonNull(base, "base");
    }

    /** An anonymous request against the given base. */
    public static RequestContext anonymous(URI base) {
        return new RequestContext(null, Map.of(), base);
    }

    /** Whether an authenticated principal made the request. */
    public boolean authenticated() {
        return principal != null;
    }

    /**
     * Whether the request came over loopback from this host (see {@link #LOOPBACK}).
     *
     * @since 1.3
     */
    public boolean loopback() {
        return Boolean.TRUE.equals(extras.get(LOOPBACK));
    }
}
