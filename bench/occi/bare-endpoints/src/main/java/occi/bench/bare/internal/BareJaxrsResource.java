package occi.bench.bare.internal;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET|POST /bench/bare/jaxrs?size=N}: N bytes of text/plain and nothing else. It sits
 * in the whiteboard's default application beside the OCCI server, so it goes through the same
 * JAX-RS runtime and the same authentication filter; what it lacks is all of OCCI.
 * A singleton: the cheapest a JAX-RS resource gets. It answers in the first media type the
 * client accepts (text/plain for a wildcard), so it takes the very requests sent to OCCI
 * (Accept: text/uri-list, application/json ...) without a 406: no {@code @Produces}.
 */
@Component(service = BareJaxrsResource.class)
@JaxrsResource
@Path("bench/bare/jaxrs")
public class BareJaxrsResource {

    private final Bodies bodies = new Bodies();

    @GET
    public Response get(@QueryParam("size") String size, @Context HttpHeaders headers) {
        return answer(size, headers);
    }

    /** The same answer for POST, to compare with OCCI's create and action requests. */
    @POST
    public Response post(@QueryParam("size") String size, @Context HttpHeaders headers) {
        return answer(size, headers);
    }

    private Response answer(String size, HttpHeaders headers) {
        try {
            return Response.ok(bodies.ofSize(Bodies.parseSize(size)), mediaType(headers)).build();
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(e.getMessage()).type("text/plain").build();
        }
    }

    private static MediaType mediaType(HttpHeaders headers) {
        return headers.getAcceptableMediaTypes().stream()
                .filter(type -> !type.isWildcardType() && !type.isWildcardSubtype())
                .findFirst().orElse(MediaType.TEXT_PLAIN_TYPE);
    }
}
