package occi.admin.internal.console;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import occi.admin.internal.http.OcciServerException;
import occi.admin.internal.http.Reply;
import occi.admin.internal.inventory.CategoryRow;
import occi.admin.internal.inventory.ServerView;
import occi.admin.internal.glance.EntityFilter;
import occi.admin.internal.glance.EntityIndex;
import occi.admin.internal.stats.RequestStatistics;
import occi.api.progress.OperationTracker;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * The web console's <em>OCCI</em> page. A plain servlet: the console wraps it in its
 * frame, checks the console login for every request, renders GETs inside the page and
 * hands POSTs straight to {@link #doPost}. Changes go through the OCCI server's HTTP API,
 * so backends see them like any client's.
 */
@Component(service = Servlet.class, property = {
        OcciConsolePlugin.LABEL_PROPERTY + "=" + OcciConsolePlugin.LABEL,
        OcciConsolePlugin.TITLE_PROPERTY + "=OCCI",
        OcciConsolePlugin.CATEGORY_PROPERTY + "=OCCI" })
public class OcciConsolePlugin extends HttpServlet {

    private static final long serialVersionUID = 1L;

    // the console's whiteboard properties (org.apache.felix.webconsole.WebConsoleConstants)
    static final String LABEL_PROPERTY = "felix.webconsole.label";
    static final String TITLE_PROPERTY = "felix.webconsole.title";
    static final String CATEGORY_PROPERTY = "felix.webconsole.category";
    static final String APP_ROOT_ATTRIBUTE = "felix.webconsole.appRoot";
    static final String LABEL = "occi";

    private final transient ServerView server;
    private final transient RequestStatistics statistics;
    private final transient Logger logger;
    private final transient EntityIndex index;

    /** The server's tracker of long operations; the page says so when there is none. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile transient OperationTracker operations;

    @Activate
    public OcciConsolePlugin(@Reference ServerView server, @Reference RequestStatistics statistics,
            @Reference(service = LoggerFactory.class) Logger logger, @Reference EntityIndex index) {
        this.server = server;
        this.statistics = statistics;
        this.logger = logger;
        this.index = index;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/html;charset=UTF-8");
        PrintWriter out = response.getWriter();
        EntityFilter filter = EntityFilter.of(request.getParameterMap(), server.client().config().listing_limit());
        new OverviewPage(out, server, statistics, pluginRoot(request), index, operations).write(request.getParameter("message"), filter);
        out.flush();
    }

    /** {@code action=delete&location=...} or {@code action=untag&location=...&mixin=<type id>}; answers with a redirect to the page. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sameOrigin(request)) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "cross-origin form posts are refused");
            return;
        }
        String action = request.getParameter("action");
        String location = request.getParameter("location");
        if (action == null || location == null || location.isBlank()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "action and location are required");
            return;
        }
        String message;
        try {
            Reply reply = switch (action) {
                case "delete" -> server.client().delete(location);
                case "untag" -> untag(request.getParameter("mixin"), location);
                default -> null;
            };
            if (reply == null) {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "unknown action");
                return;
            }
            message = reply.ok() ? action + " " + location + ": done" : action + " " + location + ": " + reply.message();
            logger.info("Console {} of {} by {}: {}", action, location, request.getRemoteUser(), reply.status());
        } catch (OcciServerException | IllegalArgumentException e) {
            message = action + " " + location + " failed: " + e.getMessage();
            logger.warn("Console {} of {} failed", action, location, e);
        }
        response.setStatus(HttpServletResponse.SC_SEE_OTHER);
        response.setHeader("Location", pluginRoot(request) + "?message=" + URLEncoder.encode(message, StandardCharsets.UTF_8));
    }

    private Reply untag(String mixin, String location) {
        if (mixin == null || mixin.isBlank()) {
            throw new IllegalArgumentException("no mixin given");
        }
        CategoryRow row = ServerView.find(server.categories(), mixin, "mixin");
        return server.client().untag(row.location(), location);
    }

    /** A browser always sends Origin on a form POST; another site's form must not act with the console's login. */
    private static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null || origin.equals("null")) {
            return origin == null;
        }
        URI from = URI.create(origin);
        String host = request.getHeader("Host");
        return host != null && host.equalsIgnoreCase(from.getRawAuthority());
    }

    private static String pluginRoot(HttpServletRequest request) {
        Object appRoot = request.getAttribute(APP_ROOT_ATTRIBUTE);
        String root = appRoot != null ? String.valueOf(appRoot) : request.getContextPath() + request.getServletPath();
        return root + "/" + LABEL;
    }

}
