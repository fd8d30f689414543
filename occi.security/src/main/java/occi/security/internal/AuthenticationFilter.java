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
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
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

    private final List<UserAccount> users = new CopyOnWriteArrayList<>();
    private volatile SecurityConfig config;
    private volatile Object endpoints;

    @Activate
    public AuthenticationFilter(SecurityConfig config) {
        this.config = config;
    }

    @Modified
    void modified(SecurityConfig newConfig) {
        this.config = newConfig;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addUser(UserAccount user) {
        users.add(user);
    }

    void removeUser(UserAccount user) {
        users.remove(user);
    }

    @Reference(service = HttpServiceRuntime.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void setHttpRuntime(Map<String, Object> properties) {
        endpoints = properties.get(HttpServiceRuntimeConstants.HTTP_SERVICE_ENDPOINT);
    }

    void unsetHttpRuntime(Map<String, Object> properties) {
        endpoints = null;
    }

    void updatedHttpRuntime(Map<String, Object> properties) {
        setHttpRuntime(properties);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        if (authorization == null) {
            if (required()) {
                request.abortWith(challenge("Authentication is required."));
            }
            return;
        }
        if (!understood(authorization)) {
            // another scheme (CONFINE's "Token ...") belongs to the resource that reads it
            if (required()) {
                request.abortWith(challenge("Use HTTP Basic or a bearer token."));
            }
            return;
        }
        Optional<UserAccount> user = authenticate(authorization);
        if (user.isEmpty()) {
            request.abortWith(challenge("The credentials were not accepted."));
            return;
        }
        String scheme = authorization.regionMatches(true, 0, BEARER, 0, BEARER.length()) ? BEARER : SecurityContext.BASIC_AUTH;
        request.setSecurityContext(new UserPrincipal(user.get().name(), user.get().roles(), secure, scheme));
    }

    /** Whether a request without credentials is refused now. */
    boolean required() {
        return switch (config.mode()) {
            case ON -> true;
            case OFF -> false;
            case AUTO -> !Listeners.loopbackOnly(endpoints);
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
            return users.stream().filter(u -> u.name().equals(name) && u.checkPassword(password)).findFirst();
        } finally {
            Arrays.fill(password, '\0');
        }
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
