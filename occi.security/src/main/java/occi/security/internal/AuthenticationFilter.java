package occi.security.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import occi.platform.auth.LoginBackoff;
import occi.platform.auth.PasswordHash;
import occi.platform.auth.ProxyHeaders;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.runtime.HttpServiceRuntime;
import org.osgi.service.http.runtime.HttpServiceRuntimeConstants;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Authenticates requests to the selected JAX-RS applications (by default the whiteboard's
 * default application, where the OCCI server and the status resource live): HTTP Basic
 * against the configured {@link UserAccount users}, or a bearer token one of them holds.
 * Credentials that are sent are always checked (wrong ones get 401); whether a request
 * without credentials is refused depends on {@link SecurityConfig#mode()}. The user
 * reaches the resources as the request's {@link SecurityContext}.
 */
@Component(service = ContainerRequestFilter.class, configurationPid = AuthenticationFilter.PID)
@Designate(ocd = SecurityConfig.class)
@JaxrsExtension
@JaxrsName("occi.security.authentication")
@JaxrsApplicationSelect(AuthenticationFilter.DEFAULT_APPLICATIONS)
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class AuthenticationFilter implements ContainerRequestFilter {

    static final String PID = "occi.security";
    static final String DEFAULT_APPLICATIONS = "(osgi.jaxrs.name=.default)";
    static final String BASIC = "Basic";
    static final String BEARER = "Bearer";

    /** Answer for a client locked out after failed logins. */
    static final int TOO_MANY_REQUESTS = 429;

    private final List<UserAccount> users = new CopyOnWriteArrayList<>();
    /**
     * A hash of a random password, checked when the user name is unknown (or has no password), so
     * that an unknown name takes as long to refuse as a wrong password: timing does not tell names.
     */
    private final String dummyHash;
    private volatile SecurityConfig config;
    private volatile LoginBackoff throttle;
    /** The servlet request being filtered (a thread-local proxy the JAX-RS runtime injects): who is calling. */
    @Context
    private HttpServletRequest servletRequest;
    /** Each HTTP runtime's endpoints, by service id: one runtime leaving does not forget the others. */
    private final Map<Long, Object> endpoints = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Whether every runtime listens on loopback only, worked out when a runtime comes, changes
     * or goes rather than per request (reading the endpoints converts and resolves them: it was
     * a tenth of a GET's allocation on the OCCI hot path).
     */
    private volatile boolean loopbackOnly;

    @Activate
    public AuthenticationFilter(SecurityConfig config) {
        this.config = config;
        this.throttle = throttle(config);
        char[] random = java.util.UUID.randomUUID().toString().toCharArray();
        this.dummyHash = PasswordHash.hash(random);
    }

    @Modified
    void modified(SecurityConfig newConfig) {
        this.config = newConfig;
        this.throttle = throttle(newConfig);
    }

    private static LoginBackoff throttle(SecurityConfig config) {
        // a negative count from a hand-written configuration means none free, as it always did
        return new LoginBackoff(java.time.Clock.systemUTC(), Math.max(0, config.login_free_failures()),
                java.time.Duration.ofSeconds(Math.max(1, config.login_max_lockout_seconds())));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addUser(UserAccount user) {
        users.add(user);
    }

    void removeUser(UserAccount user) {
        users.remove(user);
    }

    @Reference(service = HttpServiceRuntime.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setHttpRuntime(Map<String, Object> properties) {
        Object endpoint = properties.get(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT);
        endpoints.put(serviceId(properties), endpoint == null ? List.of() : endpoint);
        listenersChanged();
    }

    void unsetHttpRuntime(Map<String, Object> properties) {
        endpoints.remove(serviceId(properties));
        listenersChanged();
    }

    /** One runtime's change at a time, so that the last to finish saw every runtime's endpoints. */
    private synchronized void listenersChanged() {
        loopbackOnly = Listeners.allLoopbackOnly(endpoints.values());
    }

    private static Long serviceId(Map<String, Object> properties) {
        return (Long) properties.get(org.osgi.framework.Constants.SERVICE_ID);
    }

    void updatedHttpRuntime(Map<String, Object> properties) {
        setHttpRuntime(properties);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        if (authorization == null) {
            if (required(request)) {
                request.abortWith(challenge("Authentication is required."));
            }
            return;
        }
        if (!understood(authorization)) {
            // another scheme (CONFINE's "Token ...") belongs to the resource that reads it
            if (required(request)) {
                request.abortWith(challenge("Use HTTP Basic or a bearer token."));
            }
            return;
        }
        String client = client(request);
        LoginBackoff limiter = throttle;
        Optional<java.time.Duration> wait = limiter.wait(client);
        if (wait.isPresent()) {
            // refused before any hashing: a guessing client costs no CPU and slows no one else
            request.abortWith(tooMany(wait.get()));
            return;
        }
        Optional<UserAccount> user = authenticate(authorization);
        if (user.isEmpty()) {
            java.time.Duration lockout = limiter.failed(client);
            request.abortWith(lockout.isZero() ? challenge("The credentials were not accepted.") : tooMany(lockout));
            return;
        }
        limiter.succeeded(client);
        String scheme = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? BEARER : SecurityContext.BASIC_AUTH;
        request.setSecurityContext(new UserPrincipal(user.get().name(), user.get().roles(), secure, scheme));
    }

    /**
     * Whether this request, sent without credentials, is refused. {@code AUTO} also counts a
     * request that a reverse proxy forwarded as exposed: a proxy on this host makes a loopback
     * listener reachable from wherever the proxy listens.
     */
    boolean required(ContainerRequestContext request) {
        return switch (config.mode()) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> !loopbackOnly || ProxyHeaders.forwarded(request::getHeaderString);
        };
    }

    static boolean understood(String authorization) {
        return authorization.regionMatches(true, 0, BASIC + " ", 0, BASIC.length() + 1)
                || authorization.regionMatches(true, 0, BEARER + " ", 0, BEARER.length() + 1);
    }

    Optional<UserAccount> authenticate(String authorization) {
        int space = authorization.indexOf(' ');
        if (space < 0) {
            return Optional.empty();
        }
        String scheme = authorization.substring(0, space);
        String value = authorization.substring(space + 1).trim();
        if (scheme.equalsIgnoreCase(BASIC)) {
            return basic(value);
        }
        if (scheme.equalsIgnoreCase(BEARER)) {
            return users.stream().filter(u -> u.holdsToken(value)).findFirst();
        }
        return Optional.empty();
    }

    private Optional<UserAccount> basic(String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String name = decoded.substring(0, colon);
        char[] password = decoded.substring(colon + 1).toCharArray();
        try {
            Optional<UserAccount> named = users.stream().filter(u -> u.name().equals(name)).findFirst();
            if (named.isEmpty() || !named.get().hasPassword()) {
                PasswordHash.matches(password, dummyHash); // as long as a real check: no timing hint
                return Optional.empty();
            }
            return named.filter(u -> u.checkPassword(password));
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    /**
     * The calling client: its address, or the one a proxy on this host forwarded it from; one
     * key for all when the runtime does not say (never null).
     */
    private String client(ContainerRequestContext request) {
        String peer;
        try {
            peer = servletRequest == null ? null : servletRequest.getRemoteAddr();
        } catch (IllegalStateException noRequest) {
            peer = null;
        }
        return ProxyHeaders.client(peer, request::getHeaderString);
    }

    private static Response tooMany(java.time.Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.status(TOO_MANY_REQUESTS)
                .header("Retry-After", Long.toString(seconds))
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity("Too many failed logins from this address; try again in " + seconds + " s.")
                .build();
    }

    private Response challenge(String message) {
        String realm = config.realm().replace("\"", "");
        return Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, BASIC + " realm=\"" + realm + "\", charset=\"UTF-8\"")
                .header(HttpHeaders.WWW_AUTHENTICATE, BEARER + " realm=\"" + realm + "\"")
                .type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(message)
                .build();
    }
}
