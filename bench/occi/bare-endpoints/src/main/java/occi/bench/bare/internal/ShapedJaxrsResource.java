package occi.bench.bare.internal;

import java.net.URI;
import java.security.Principal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET /bench/bare/jaxrs-shaped/...?size=N}: the bare resource in the shape of the OCCI
 * resource, without OCCI. It takes what the OCCI resource takes from JAX-RS (the base URI and
 * path from {@code UriInfo}, every header line, the principal), and answers the way it does:
 * the headers an OCCI GET sends and the body as a {@code StreamingOutput}. Between the bare
 * resource, this one and OCCI, the benchmark tells the JAX-RS cost of OCCI's shape from the
 * cost of the OCCI engine.
 */
@Component(service = ShapedJaxrsResource.class)
@JaxrsResource
@Path("bench/bare/jaxrs-shaped")
public class ShapedJaxrsResource {

    private static final String SERVER = "occi-platform/0.1 OCCI/1.2 OCCI/1.1";
    private static final String ACCEPT = "application/x-www-form-urlencoded, application/occi+json, application/json, "
            + "text/occi, text/plain, text/occi+plain, text/uri-list";

    private final Bodies bodies = new Bodies();

    /** Under the same {@code {path:.*}} template as OCCI's methods, so that CXF matches it the same way. */
    @GET
    @Path("{path:.*}")
    public Response get(@Context UriInfo uri, @Context HttpServletRequest request, @Context SecurityContext security) {
        URI root = uri.getBaseUri();
        String path = uri.getPath(false);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : Collections.list(request.getHeaderNames())) {
            headers.put(name, Collections.list(request.getHeaders(name)));
        }
        Principal principal = security == null ? null : security.getUserPrincipal();
        byte[] body;
        try {
            body = bodies.ofSize(Bodies.parseSize(request.getParameter("size")));
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(e.getMessage()).type("text/plain").build();
        }
        // what was read goes into the answer, so that no step above can be optimised away
        String etag = "\"" + Integer.toHexString(root.hashCode() ^ path.hashCode() ^ headers.size()
                ^ (principal == null ? 0 : principal.getName().hashCode())) + "\"";
        return Response.status(200)
                .type("text/plain")
                .header("ETag", etag)
                .header("Server", SERVER)
                .header("Accept", ACCEPT)
                .header("Content-Length", String.valueOf(body.length))
                .entity((StreamingOutput) out -> out.write(body))
                .build();
    }
}
