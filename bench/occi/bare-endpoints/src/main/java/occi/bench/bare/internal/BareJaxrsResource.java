package occi.bench.bare.internal;

import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Response;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

/**
 * {@code GET|POST /bench/bare/jaxrs?size=N}: N bytes of text/plain and nothing else. It sits
 * in the whiteboard's default application beside the OCCI server, so it goes through the same
 * JAX-RS runtime and the same authentication filter; what it lacks is all of OCCI.
 * A singleton: the cheapest a JAX-RS resource gets.
 */
@Component(service = BareJaxrsResource.class)
@JaxrsResource
@Path("bench/bare/jaxrs")
public class BareJaxrsResource {

    private final Bodies bodies = new Bodies();

    @GET
    @Produces("text/plain")
    public Response get(@QueryParam("size") String size) {
        return answer(size);
    }

    /** The same answer for POST, to compare with OCCI's create and action requests. */
    @POST
    @Produces("text/plain")
    public Response post(@QueryParam("size") String size) {
        return answer(size);
    }

    private Response answer(String size) {
        try {
            return Response.ok(bodies.ofSize(Bodies.parseSize(size)), "text/plain").build();
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).entity(e.getMessage()).type("text/plain").build();
        }
    }
}
