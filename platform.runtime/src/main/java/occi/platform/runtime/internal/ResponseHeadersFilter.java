package occi.platform.runtime.internal;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Headers every answer of every servlet context carries (the OCCI server, {@code /system/status},
 * the local CONFINE controller, the web console), set before anything answers so that a servlet
 * may still set its own:
 * <ul>
 * <li>{@code X-Content-Type-Options: nosniff}: a browser takes a body for what its type says, so an
 * entity's text or a client's value echoed in a plain-text error never runs as a script or page;</li>
 * <li>{@code X-Frame-Options: SAMEORIGIN}: another site cannot show the web console (or any page)
 * in a frame and have the operator click its buttons with the browser's remembered Basic login
 * (the OCCI HTML pages also forbid every frame in their Content-Security-Policy);</li>
 * <li>{@code Cache-Control: private, no-store} on an answer to a request with credentials
 * ({@code Authorization} or a cookie): what one user may read is kept by no cache on the way, nor
 * on disk by the browser.</li>
 * </ul>
 */
@Component(service = Filter.class, property = Constants.SERVICE_RANKING + ":Integer=" + ResponseHeadersFilter.RANKING)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
@HttpWhiteboardFilterPattern("/*")
public class ResponseHeadersFilter implements Filter {

    /** First of all filters, so that the other filters' refusals carry these headers too. */
    static final int RANKING = Integer.MAX_VALUE - 50;

    static final String NO_STORE = "private, no-store";

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse answer) {
            headers(http.getHeader("Authorization") != null || http.getHeader("Cookie") != null).forEach(answer::setHeader);
        }
        chain.doFilter(request, response);
    }

    /** The headers set on an answer, given whether the request carried credentials. */
    static Map<String, String> headers(boolean withCredentials) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "SAMEORIGIN");
        if (withCredentials) {
            headers.put("Cache-Control", NO_STORE);
        }
        return headers;
    }
}
