package occi.server.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.security.Principal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HEAD;
import javax.ws.rs.OPTIONS;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MultivaluedMap;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import occi.api.backend.RequestContext;
import occi.server.internal.engine.Answer;
import occi.server.internal.engine.HttpCall;
import occi.server.internal.engine.ProtocolEngine;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * Every OCCI request on the JAX-RS whiteboard: one catch-all path whose methods turn the
 * request into an {@link HttpCall}, let the {@link ProtocolEngine} answer it and copy the
 * answer out with exactly one {@code Content-Length}. Paths other resources claim (such as
 * {@code /system/status}) stay theirs: JAX-RS prefers literal paths to this template.
 * A singleton: it keeps no state of its own (the server's engine takes the model, registry
 * and renderings present per request), and a prototype made the whiteboard create and
 * dispose of a component instance per request (a tenth of a GET's time on the hot path).
 */
@Component(service = OcciResource.class)
@JaxrsResource
@Path("{path:.*}")
public class OcciResource {

    private static final Map<String, Object> LOOPBACK_ONLY = Map.of(RequestContext.LOOPBACK, Boolean.TRUE);

    private final OcciServer server;

    @Activate
    public OcciResource(@Reference OcciServer server) {
        this.server = server;
    }

    @GET
    public Response get(@Context UriInfo uri, @Context HttpServletRequest request, @Context SecurityContext security) throws IOException {
        return serve("GET", uri, request, security, null);
    }

    @HEAD
    public Response head(@Context UriInfo uri, @Context HttpServletRequest request, @Context SecurityContext security) throws IOException {
        return serve("HEAD", uri, request, security, null);
    }

    @OPTIONS
    public Response options(@Context UriInfo uri, @Context HttpServletRequest request, @Context SecurityContext security) throws IOException {
        return serve("OPTIONS", uri, request, security, null);
    }

    @POST
    public Response post(@Context UriInfo uri, @Context HttpServletRequest request, @Context SecurityContext security, InputStream body)
            throws IOException {
        return serve("POST", uri, request, security, body);
    }

    @PUT
    public Response put(@Context UriInfo uri, @Context HttpServletRequest request, @Context SecurityContext security, InputStream body)
            throws IOException {
        return serve("PUT", uri, request, security, body);
    }

    @DELETE
    public Response delete(@Context UriInfo uri, @Context HttpServletRequest request, @Context SecurityContext security, InputStream body)
            throws IOException {
        return serve("DELETE", uri, request, security, body);
    }

    private Response serve(String method, UriInfo uri, HttpServletRequest request, SecurityContext security, InputStream body)
            throws IOException {
        ProtocolEngine engine = server.engine();
        URI root = uri.getBaseUri();
        String relative = uri.getPath(false);
        String path = relative.startsWith("/") ? relative : "/" + relative; // the root comes as "/", the rest without it
        long limit = engine.settings().maxBodyBytes();
        byte[] bytes = body == null ? new byte[0] : body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        Principal principal = security == null ? null : security.getUserPrincipal();
        HttpCall call = new HttpCall(method, path, queryOf(uri, request), headersOf(request), bytes, root,
                principal == null ? null : principal.getName(), extrasOf(request));
        Answer answer = engine.handle(call);
        return respond(answer);
    }

    private static Map<String, List<String>> queryOf(UriInfo uri, HttpServletRequest request) {
        String raw = request.getQueryString();
        if (raw == null || raw.isEmpty()) {
            return Map.of(); // most requests: JAX-RS would parse nothing into a new map
        }
        MultivaluedMap<String, String> parameters = uri.getQueryParameters(true);
        Map<String, List<String>> query = new LinkedHashMap<>();
        parameters.forEach((name, values) -> query.put(name, List.copyOf(values)));
        return query;
    }

    /** Every header line as the client sent it: not split at commas, not merged. */
    private static Map<String, List<String>> headersOf(HttpServletRequest request) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        return headers;
    }

    /**
     * What a security extension left for the backends, with the server's own fact on top:
     * whether the request came over loopback ({@link RequestContext#LOOPBACK}), set or removed
     * here whatever the extension said.
     */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> extrasOf(HttpServletRequest request) {
        Object extras = request.getAttribute(RequestContext.EXTRAS_ATTRIBUTE);
        if (extras == null) {
            return LoopbackRequest.of(request) ? LOOPBACK_ONLY : Map.of(); // no extension left anything: no copies
        }
        Map<String, Object> all = new LinkedHashMap<>(extras instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of());
        all.remove(RequestContext.LOOPBACK);
        if (LoopbackRequest.of(request)) {
            all.put(RequestContext.LOOPBACK, Boolean.TRUE);
        }
        return all;
    }

    private static Response respond(Answer answer) throws IOException {
        Response.ResponseBuilder response = Response.status(answer.status());
        for (Map.Entry<String, String> header : answer.headers()) {
            if (header.getKey().equalsIgnoreCase("Content-Type")) {
                response.type(header.getValue());
            } else {
                response.header(header.getKey(), header.getValue());
            }
        }
        if (answer.status() != 304 && answer.status() != 204) {
            response.header("Content-Length", String.valueOf(answer.contentLength()));
        }
        if (answer.sendsBody() && answer.contentLength() > 0) {
            response.entity((StreamingOutput) out -> {
                try (answer) {
                    answer.writeBody(out);
                }
            });
        } else {
            answer.close();
        }
        return response.build();
    }
}
