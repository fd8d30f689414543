package occi.admin.internal.console;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import occi.admin.internal.inventory.Inventory;
import occi.api.runtime.BackendDTO;
import occi.api.runtime.FailedServiceDTO;
import occi.api.runtime.RegistryDTO;
import occi.api.runtime.RuntimeDTO;

/**
 * The OCCI page's runtime section, read from the server's runtime service: where it
 * answers, the registry in use, every backend with what it serves, and every service the
 * server refused or dropped with the reason. Every value is escaped.
 */
final class RuntimeSection {

    private final PrintWriter out;
    private final Optional<RuntimeDTO> read;

    /** @param read the server's runtime, empty when no OCCI server runs */
    RuntimeSection(PrintWriter out, Optional<RuntimeDTO> read) {
        this.out = out;
        this.read = read;
    }

    void write() {
        out.println("<div id='occi-runtime'>");
        if (read.isEmpty()) {
            out.println("<p class='ui-state-error' id='occi-runtime-missing'>No OCCI server runs: its runtime service is not registered.</p></div>");
            return;
        }
        RuntimeDTO runtime = read.get();
        out.println("<h2 style='margin-top:1em'>Runtime</h2>");
        out.println("<table class='nicetable' id='occi-runtime-summary'><tbody>");
        summary("Base URI", runtime.baseUris.length == 0 ? "(HTTP is not up)" : String.join(", ", runtime.baseUris));
        summary("Registry in use", registry(runtime.registry));
        summary("Changes", String.valueOf(runtime.changeCount));
        if (runtime.departedLocations != null && runtime.departedLocations.length > 0) {
            summary("Answering 503 (their entity store left)", String.join(", ", runtime.departedLocations));
        }
        out.println("</tbody></table>");
        backends(runtime.backends);
        failed(runtime.failedServices);
        out.println("</div>");
    }

    private void summary(String name, String value) {
        out.println("<tr><th style='text-align:left'>" + forHtml(name) + "</th><td>" + forHtml(value) + "</td></tr>");
    }

    private static String registry(RegistryDTO registry) {
        if (registry == null) {
            return "none: every OCCI request answers 503";
        }
        String keeps = registry.persistent == null ? "" : registry.persistent ? ", kept across restarts" : ", in memory (gone at restart)";
        String state = registry.available ? "available" : "NOT available: " + registry.reason;
        return registry.implementation + " of " + Inventory.bundle(registry) + " (service " + registry.serviceId + ", ranking "
                + registry.ranking + keeps + "); " + state;
    }

    private void backends(BackendDTO[] backends) {
        out.println("<h2 style='margin-top:1em'>Backends (" + backends.length + ")</h2>");
        out.println("<table class='nicetable' id='occi-backends'><thead><tr><th>Bundle</th><th>Service</th><th>State</th>"
                + "<th>Roles</th><th>Categories</th><th>Refused categories</th></tr></thead><tbody>");
        for (BackendDTO backend : backends) {
            String refused = Arrays.stream(backend.refusedCategories).map(r -> r.category + ": " + r.reason)
                    .collect(Collectors.joining("; "));
            out.println("<tr" + (refused.isEmpty() ? "" : " class='ui-state-highlight'") + ">" + cell(Inventory.bundle(backend))
                    + cell(String.valueOf(backend.serviceId)) + cell(backend.state) + cell(String.join(", ", backend.roles))
                    + "<td title='" + forHtmlAttribute(String.join(" ", backend.categories)) + "'>" + backend.categories.length + "</td>"
                    + cell(refused) + "</tr>");
        }
        out.println("</tbody></table>");
    }

    private void failed(FailedServiceDTO[] failed) {
        out.println("<h2 style='margin-top:1em'>Refused and failed services (" + failed.length + ")</h2>");
        if (failed.length == 0) {
            out.println("<p id='occi-failed-none'>None: the server uses every backend, registry and rendering present.</p>");
        }
        out.println("<table class='nicetable' id='occi-failed'><thead><tr><th>Type</th><th>Bundle</th><th>Service</th>"
                + "<th>State</th><th>Reason</th><th>Message</th></tr></thead><tbody>");
        for (FailedServiceDTO service : failed) {
            String which = service.serviceId >= 0 ? String.valueOf(service.serviceId) : "component " + service.component;
            out.println("<tr class='ui-state-error'>" + cell(service.serviceType) + cell(Inventory.bundle(service)) + cell(which)
                    + cell(service.state) + cell(service.reason) + cell(service.message) + "</tr>");
        }
        out.println("</tbody></table>");
    }

    private static String cell(String value) {
        return "<td>" + forHtml(value == null ? "" : value) + "</td>";
    }
}
