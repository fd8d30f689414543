package occi.bench.bare.internal;

import java.io.IOException;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * {@code GET|POST /bench/bare/servlet?size=N}: N bytes of text/plain straight from an HTTP
 * whiteboard servlet, the floor under everything served over HTTP in the container.
 */
@Component(service = Servlet.class)
@HttpWhiteboardServletPattern("/bench/bare/servlet")
public class BareServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Bodies bodies = new Bodies();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        try {
            body = bodies.ofSize(Bodies.parseSize(request.getParameter("size")));
        } catch (IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setContentType("text/plain");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The same answer for POST, to compare with OCCI's create and action requests. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        doGet(request, response);
    }
}
