package occi.admin.internal.console;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import occi.admin.internal.http.OcciServerException;
import occi.admin.internal.inventory.CategoryRow;
import occi.admin.internal.inventory.RegistryInfo;
import occi.admin.internal.inventory.RenderingInfo;
import occi.admin.internal.inventory.ServerView;
import occi.admin.internal.glance.EntityFilter;
import occi.admin.internal.glance.EntityIndex;
import occi.admin.internal.stats.RequestStatistics;
import occi.api.progress.OperationTracker;

/** Writes the OCCI page's HTML fragment; every value from the server or a service is escaped. */
final class OverviewPage {

    private final PrintWriter out;
    private final ServerView server;
    private final RequestStatistics statistics;
    private final String pluginRoot;
    private final EntityIndex index;
    private final OperationTracker operations;

    OverviewPage(PrintWriter out, ServerView server, RequestStatistics statistics, String pluginRoot, EntityIndex index,
            OperationTracker operations) {
        this.out = out;
        this.server = server;
        this.statistics = statistics;
        this.pluginRoot = pluginRoot;
        this.index = index;
        this.operations = operations;
    }

    void write(String message, EntityFilter filter) {
        out.println("<div id='occi-admin'>");
        if (message != null && !message.isBlank()) {
            out.println("<p class='statusline ui-state-highlight' id='occi-message'>" + forHtml(message) + "</p>");
        }
        String base;
        try {
            base = server.client().base().toString();
        } catch (OcciServerException e) {
            base = "(unknown: " + e.getMessage() + ")";
        }
        out.println("<p class='statusline'>OCCI server at <a id='occi-base' href='" + forHtmlAttribute(base) + "'>"
                + forHtml(base) + "</a> · <a href='" + forHtmlAttribute(pluginRoot) + "'>refresh</a></p>");
        new RuntimeSection(out, server.inventory().runtime()).write();
        renderings(server.inventory().renderings());
        registries(server.inventory().registries());
        requests();
        new OperationsView(out).write(operations);
        Map<String, Long> counts = Map.of();
        try {
            counts = new EntityTable(out, pluginRoot, index).write(filter);
        } catch (RuntimeException e) {
            // a registry or store that fails (a database away) must not take the rest of the page with it
            out.println("<p class='ui-state-error' id='occi-entities-problem'>The entities cannot be read: "
                    + forHtml(String.valueOf(e.getMessage())) + "</p>");
        }
        try {
            categories(server.categories(), counts);
        } catch (OcciServerException | IllegalArgumentException e) {
            out.println("<p class='ui-state-error' id='occi-problem'>The OCCI server cannot be read: "
                    + forHtml(e.getMessage()) + "</p>");
        }
        out.println("</div>");
    }

    private void renderings(List<RenderingInfo> renderings) {
        heading("Renderings", renderings.size());
        table("occi-renderings", "Produces", "Consumes", "Bundle", "Service");
        for (RenderingInfo r : renderings) {
            row(String.join(", ", r.produces()), String.join(", ", r.consumes()), r.bundle(), String.valueOf(r.serviceId()));
        }
        end();
    }

    private void registries(List<RegistryInfo> registries) {
        heading("Registries", registries.size());
        table("occi-registries", "In use", "Ranking", "Implementation", "Bundle", "Service");
        for (RegistryInfo r : registries) {
            row(r.inUse() ? "in use" : "", String.valueOf(r.ranking()), r.implementation(), r.bundle(),
                    String.valueOf(r.serviceId()));
        }
        end();
    }

    private void categories(List<CategoryRow> categories, Map<String, Long> counts) {
        heading("Kinds, mixins and actions", categories.size());
        table("occi-categories", "Class", "Term", "Scheme", "Title", "Location", "Defined by", "Resources");
        for (CategoryRow c : categories) {
            Long count = counts.get(c.typeId());
            row(c.categoryClass(), c.term(), c.scheme(), c.title(), c.location(), c.definedBy(),
                    count == null ? "" : String.valueOf(count));
        }
        end();
    }

    private void requests() {
        Map<Integer, Long> recent = statistics.recent();
        Map<Integer, Long> total = statistics.sinceStart();
        TreeSet<Integer> codes = new TreeSet<>(total.keySet());
        heading("Requests by status", codes.size());
        out.println("<figure style='margin:1em 0'>" + Charts.requests(statistics.lastMinutes()) + "</figure>");
        table("occi-requests", "Status", "Last " + statistics.windowMinutes() + " minutes", "Since start");
        for (int code : codes) {
            out.print("<tr" + (code >= 400 ? " class='ui-state-error'" : "") + ">");
            out.println(cell(String.valueOf(code)) + cell(String.valueOf(recent.getOrDefault(code, 0L)))
                    + cell(String.valueOf(total.get(code))) + "</tr>");
        }
        end();
    }

    private void heading(String title, int count) {
        out.println("<h2 style='margin-top:1em'>" + forHtml(title) + " (" + count + ")</h2>");
    }

    private void table(String id, String... headers) {
        out.print("<table class='nicetable' id='" + id + "'><thead><tr>");
        for (String header : headers) {
            out.print("<th>" + forHtml(header) + "</th>");
        }
        out.println("</tr></thead><tbody>");
    }

    private void row(String... cells) {
        StringBuilder html = new StringBuilder("<tr>");
        for (String value : cells) {
            html.append(cell(value));
        }
        out.println(html.append("</tr>"));
    }

    private static String cell(String value) {
        return "<td>" + forHtml(value) + "</td>";
    }

    private void end() {
        out.println("</tbody></table>");
    }
}
