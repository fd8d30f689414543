package occi.bench.servlet.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.core.Response;
import occi.api.backend.RequestContext;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.osgi.util.tracker.ServiceTracker;

/**
 * {@code /bench/occi-servlet/<path>}: the container's OCCI engine (the very {@code ProtocolEngine}
 * instance the JAX-RS resource uses, with the same model, registry and renderings) behind an
 * HTTP whiteboard servlet, with the container's authentication filter run in front of it as
 * the JAX-RS runtime runs it. {@code <path>} is the OCCI path and the root the engine renders
 * locations against is the server's own, so the answers are those of {@code /<path>}, byte for
 * byte. What the experiment leaves out is only the JAX-RS runtime between Jetty and the engine.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern(OcciServlet.PREFIX + "/*")
public class OcciServlet extends HttpServlet {

    static final String PREFIX = "/bench/occi-servlet";
    private static final String AUTHENTICATION = "(osgi.jaxrs.name=occi.security.authentication)";
    private static final String SERVER = "(objectClass=occi.server.internal.http.OcciServer)";
    private static final long serialVersionUID = 1L;

    private final transient ServiceTracker<Object, Object> servers;
    private transient volatile EngineHandle engine;
    private transient volatile ContainerRequestFilter authentication;

    @Activate
    public OcciServlet(BundleContext context) throws InvalidSyntaxException {
        servers = new ServiceTracker<>(context, FrameworkUtil.createFilter(SERVER), null);
        servers.open(true); // the server's class is not visible from here: track every service of that name
    }

    @Deactivate
    void close() {
        servers.close();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, target = AUTHENTICATION)
    void setAuthentication(ContainerRequestFilter filter) {
        authentication = filter;
    }

    void unsetAuthentication(ContainerRequestFilter filter) {
        if (authentication == filter) {
            authentication = null;
        }
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ServletRequestContext filtered = new ServletRequestContext(request);
        ContainerRequestFilter filter = authentication;
        if (filter == null) {
            response.sendError(503, "the authentication filter is not present");
            return;
        }
        filter.filter(filtered);
        if (filtered.aborted() != null) {
            refuse(filtered.aborted(), response);
            return;
        }
        EngineHandle current = engine();
        if (current == null) {
            response.sendError(503, "the OCCI server is not present");
            return;
        }
        try {
            serve(current, request, filtered, response);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IOException(e);
        }
    }

    private void serve(EngineHandle current, HttpServletRequest request, ServletRequestContext filtered, HttpServletResponse response)
            throws Throwable {
        String raw = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        String path = raw.isEmpty() ? "/" : raw;
        URI root = URI.create(request.getScheme() + "://" + request.getHeader("Host") + request.getContextPath() + "/");
        byte[] body = readBody(request, current.maxBodyBytes());
        Principal principal = filtered.getSecurityContext().getUserPrincipal();
        Object answer = current.handle(request.getMethod(), path, queryOf(request.getQueryString()), headersOf(request), body, root,
                principal == null ? null : principal.getName(), extrasOf(request));
        try (AutoCloseable closing = (AutoCloseable) answer) {
            int status = current.status(answer);
            response.setStatus(status);
            for (Map.Entry<String, String> header : current.headers(answer)) {
                response.addHeader(header.getKey(), header.getValue());
            }
            if (status != 304 && status != 204) {
                response.setContentLengthLong(current.contentLength(answer));
            }
            if (current.sendsBody(answer) && current.contentLength(answer) > 0) {
                current.writeBody(answer, response.getOutputStream());
            }
        }
    }

    /** The engine of the server present now, its handles looked up again when the server changed. */
    private EngineHandle engine() throws IOException {
        Object server = servers.getService();
        if (server == null) {
            return null;
        }
        EngineHandle current = engine;
        if (current == null || current.server() != server) {
            try {
                current = new EngineHandle(server);
            } catch (ReflectiveOperationException e) {
                throw new IOException("the OCCI server's engine cannot be reached: " + e, e);
            }
            engine = current;
        }
        return current;
    }

    /** The body up to one byte past the limit (the engine answers 413 then); none read for a request that announces none. */
    private static byte[] readBody(HttpServletRequest request, long limit) throws IOException {
        if (request.getContentLengthLong() == 0 || request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") == null) {
            return new byte[0];
        }
        InputStream in = request.getInputStream();
        return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
    }

    /** The decoded query parameters, in order (the body of a form is the engine's to read, not the servlet's). */
    static Map<String, List<String>> queryOf(String query) {
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            parameters.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return parameters;
    }

    /** Every header line as the client sent it. */
    private static Map<String, List<String>> headersOf(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> extrasOf(HttpServletRequest request) {
        Object extras = request.getAttribute(RequestContext.EXTRAS_ATTRIBUTE);
        return extras instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    /** The filter's refusal (401 with its challenges, or 429), copied out. */
    private static void refuse(Response refusal, HttpServletResponse response) throws IOException {
        response.setStatus(refusal.getStatus());
        refusal.getStringHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
        Object entity = refusal.getEntity();
        if (entity != null) {
            response.setContentType(String.valueOf(refusal.getMediaType()));
            byte[] text = entity.toString().getBytes(StandardCharsets.UTF_8);
            response.setContentLength(text.length);
            response.getOutputStream().write(text);
        }
    }
}
