package confine.controller.internal.osgi;

import confine.controller.internal.ApiRequest;
import confine.controller.internal.ApiResponse;
import confine.controller.internal.ControllerCore;
import confine.controller.internal.RequestBody;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.HttpMethod;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import javax.servlet.http.HttpServletRequest;

/**
 * Every path and method under the controller's application base, handed to the core: the
 * JAX-RS side only translates requests and answers.
 */
@Path("/")
public class ControllerResource {

    /** JAX-RS 2.1 has no annotation for PATCH. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @HttpMethod("PATCH")
    public @interface PATCH {}

    private final ControllerCore core;
    private final ListenerExposure exposure;
    /** The servlet request of the call being served (a thread-local proxy the JAX-RS runtime injects). */
    @Context
    private HttpServletRequest servletRequest;

    ControllerResource(ControllerCore core, ListenerExposure exposure) {
        this.core = core;
        this.exposure = exposure;
    }

    @GET
    @Path("{path: .*}")
    public Response get(@Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return handle(request, uri, headers, null);
    }

    @POST
    @Path("{path: .*}")
    public Response post(@Context Request request, @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return handle(request, uri, headers, body);
    }

    @PUT
    @Path("{path: .*}")
    public Response put(@Context Request request, @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return handle(request, uri, headers, body);
    }

    @PATCH
    @Path("{path: .*}")
    public Response patch(@Context Request request, @Context UriInfo uri, @Context HttpHeaders headers, InputStream body) {
        return handle(request, uri, headers, body);
    }

    @DELETE
    @Path("{path: .*}")
    public Response delete(@Context Request request, @Context UriInfo uri, @Context HttpHeaders headers) {
        return handle(request, uri, headers, null);
    }

    /** The body stays a stream: the core reads it only after it knows who asks, and never past its limit. */
    private Response handle(Request request, UriInfo uri, HttpHeaders headers, InputStream body) {
        RequestBody content = body == null ? null : RequestBody.stream(body, declaredLength(headers), core.maxBodyBytes());
        String localAddress = servletRequest == null ? null : servletRequest.getLocalAddr();
        String client = servletRequest == null ? null : servletRequest.getRemoteAddr();
        ApiResponse answer = core.handle(new ApiRequest(request.getMethod(), uri.getBaseUri(), uri.getPath(),
                uri.getRequestUri().getRawQuery(), headers.getRequestHeaders(), content, exposure.exposed(localAddress), client));
        if (answer.drop()) {
            return dropped();
        }
        Response.ResponseBuilder response = Response.status(answer.status());
        answer.headers().forEach(response::header);
        if (answer.body().length > 0) {
            response.entity(answer.body());
        }
        return response.build();
    }

    private static long declaredLength(HttpHeaders headers) {
        String length = headers.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException malformed) {
            return -1; // read with the limit instead
        }
    }

    /**
     * A dropped connection: the servlet API cannot close one, so the answer promises a body,
     * commits its headers and fails while writing it; the server then aborts the connection and
     * the client never gets a complete answer.
     */
    private static Response dropped() {
        StreamingOutput broken = (OutputStream out) -> {
            out.flush();
            throw new IOException("connection dropped by the local CONFINE controller's fault injection");
        };
        return Response.ok(broken, "application/octet-stream").header("Content-Length", "1024").build();
    }
}
