package occi.bench.servlet.internal;

import java.io.InputStream;
import java.net.URI;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Cookie;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;

/**
 * A servlet request as the JAX-RS {@code ContainerRequestContext} the container's
 * authentication filter reads: the headers it asks for, the security context it reads and
 * replaces, and the answer it may abort with. What that filter does not use is unsupported.
 */
final class ServletRequestContext implements javax.ws.rs.container.ContainerRequestContext {

    private final HttpServletRequest request;
    private SecurityContext security;
    private Response aborted;

    ServletRequestContext(HttpServletRequest request) {
        this.request = request;
        this.security = new SecurityContext() {
            @Override
            public java.security.Principal getUserPrincipal() {
                return null;
            }

            @Override
            public boolean isUserInRole(String role) {
                return false;
            }

            @Override
            public boolean isSecure() {
                return request.isSecure();
            }

            @Override
            public String getAuthenticationScheme() {
                return null;
            }
        };
    }

    /** The filter's refusal, or {@code null} when the request may go on. */
    Response aborted() {
        return aborted;
    }

    @Override
    public String getHeaderString(String name) {
        List<String> values = Collections.list(request.getHeaders(name));
        return values.isEmpty() ? null : String.join(",", values);
    }

    @Override
    public SecurityContext getSecurityContext() {
        return security;
    }

    @Override
    public void setSecurityContext(SecurityContext context) {
        this.security = context;
    }

    @Override
    public void abortWith(Response response) {
        this.aborted = response;
    }

    @Override
    public String getMethod() {
        return request.getMethod();
    }

    @Override
    public Object getProperty(String name) {
        return request.getAttribute(name);
    }

    @Override
    public Collection<String> getPropertyNames() {
        return Collections.list(request.getAttributeNames());
    }

    @Override
    public void setProperty(String name, Object object) {
        request.setAttribute(name, object);
    }

    @Override
    public void removeProperty(String name) {
        request.removeAttribute(name);
    }

    @Override
    public UriInfo getUriInfo() {
        throw unsupported();
    }

    @Override
    public void setRequestUri(URI requestUri) {
        throw unsupported();
    }

    @Override
    public void setRequestUri(URI baseUri, URI requestUri) {
        throw unsupported();
    }

    @Override
    public Request getRequest() {
        throw unsupported();
    }

    @Override
    public void setMethod(String method) {
        throw unsupported();
    }

    @Override
    public MultivaluedMap<String, String> getHeaders() {
        throw unsupported();
    }

    @Override
    public Date getDate() {
        throw unsupported();
    }

    @Override
    public Locale getLanguage() {
        throw unsupported();
    }

    @Override
    public int getLength() {
        return request.getContentLength();
    }

    @Override
    public MediaType getMediaType() {
        throw unsupported();
    }

    @Override
    public List<MediaType> getAcceptableMediaTypes() {
        throw unsupported();
    }

    @Override
    public List<Locale> getAcceptableLanguages() {
        throw unsupported();
    }

    @Override
    public Map<String, Cookie> getCookies() {
        throw unsupported();
    }

    @Override
    public boolean hasEntity() {
        return request.getContentLength() != 0;
    }

    @Override
    public InputStream getEntityStream() {
        throw unsupported();
    }

    @Override
    public void setEntityStream(InputStream input) {
        throw unsupported();
    }

    private static UnsupportedOperationException unsupported() {
        return new UnsupportedOperationException("not used by the authentication filter");
    }
}
