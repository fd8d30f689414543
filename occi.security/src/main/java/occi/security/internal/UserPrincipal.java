package occi.security.internal;

import java.security.Principal;
import java.util.Set;
import javax.ws.rs.core.SecurityContext;

/** The authenticated user as JAX-RS resources (the OCCI server among them) see it. */
final class UserPrincipal implements SecurityContext {

    private final String name;
    private final Set<String> roles;
    private final boolean secure;
    private final String scheme;

    UserPrincipal(String name, Set<String> roles, boolean secure, String scheme) {
        this.name = name;
        this.roles = Set.copyOf(roles);
        this.secure = secure;
        this.scheme = scheme;
    }

    @Override
    public Principal getUserPrincipal() {
        return () -> name;
    }

    @Override
    public boolean isUserInRole(String role) {
        return roles.contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
