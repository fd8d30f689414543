package occi.platform.runtime.internal;

import java.util.Set;
import java.util.TreeSet;
import javax.ws.rs.ClientErrorException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;

/**
 * The 4xx the JAX-RS runtime answers itself, before any resource runs (a method no resource has,
 * such as {@code TRACE}, {@code PATCH} or an unknown one: 405; a {@code Content-Type} it cannot
 * parse or no resource reads: 415; an {@code Accept} nothing matches: 406), for every JAX-RS
 * application (the OCCI server, {@code /system/status}, the local CONFINE controller). CXF's own
 * mapper answers them with an empty body and logs each at WARN with its stack trace, so any client
 * could fill the log; here the answer names the problem in plain text and nothing is logged (it is
 * the client's mistake, not the server's). A 4xx that already carries a body is passed on as it is.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsName("occi.platform.client-errors")
@JaxrsApplicationSelect("(osgi.jaxrs.name=*)")
public class ClientErrorMapper implements ExceptionMapper<ClientErrorException> {

    /** The longest piece of a request header repeated in an answer. */
    static final int SHOWN = 200;

    @Context
    Request request;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ClientErrorException exception) {
        Response given = exception.getResponse();
        if (given.hasEntity()) {
            return given;
        }
        return Response.fromResponse(given).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                .entity(message(given.getStatus(), given.getStatusInfo().getReasonPhrase(), given.getAllowedMethods(),
                        method(), header(HttpHeaders.CONTENT_TYPE), header(HttpHeaders.ACCEPT)))
                .build();
    }

    /** What the client is told, from the status and the parts of the request it is about. */
    static String message(int status, String reason, Set<String> allowed, String method, String contentType, String accept) {
        return switch (status) {
            case 405 -> (method == null ? "the request's method" : shown(method)) + " is not served here"
                    + (allowed == null || allowed.isEmpty() ? "" : "; allowed: " + String.join(", ", new TreeSet<>(allowed)));
            case 415 -> contentType == null ? "this request needs a body with a Content-Type this resource reads"
                    : "Content-Type " + shown(contentType) + " is not one this resource reads";
            case 406 -> "none of the media types accepted" + (accept == null ? "" : " (Accept: " + shown(accept) + ")")
                    + " can be produced here";
            case 404 -> "nothing is served at this path";
            default -> status + " " + reason;
        };
    }

    private String method() {
        try {
            return request == null ? null : request.getMethod();
        } catch (RuntimeException notInARequest) {
            return null;
        }
    }

    private String header(String name) {
        try {
            return headers == null ? null : headers.getHeaderString(name);
        } catch (RuntimeException notInARequest) {
            return null;
        }
    }

    /** A client's value, quoted and cut short, with control characters replaced. */
    static String shown(String value) {
        return ClientText.quoted(value, SHOWN);
    }
}
