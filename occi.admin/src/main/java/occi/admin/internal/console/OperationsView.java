package occi.admin.internal.console;

import static org.owasp.encoder.Encode.forHtml;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import occi.api.progress.OperationStatus;
import occi.api.progress.OperationTracker;

/**
 * Long operations on the console page: each running one with how far it is (a
 * {@code <progress>} bar and done/total in words), then the last ones that finished and how.
 */
final class OperationsView {

    /** Finished operations shown. */
    static final int FINISHED_SHOWN = 5;

    private final PrintWriter out;

    OperationsView(PrintWriter out) {
        this.out = out;
    }

    void write(OperationTracker tracker) {
        List<OperationStatus> running = tracker == null ? List.of() : tracker.running();
        List<OperationStatus> finished = tracker == null ? List.of()
                : tracker.finished().subList(0, Math.min(FINISHED_SHOWN, tracker.finished().size()));
        out.println("<h2 style='margin-top:1em'>Operations (" + running.size() + " running)</h2>");
        if (tracker == null) {
            out.println("<p>No operation tracker service: progress is not reported.</p>");
            return;
        }
        out.print("<table class='nicetable' id='occi-operations'><thead><tr><th>Operation</th><th>By</th><th>Progress</th>"
                + "<th>Started</th><th>Outcome</th></tr></thead><tbody>");
        Instant now = Instant.now();
        for (OperationStatus operation : running) {
            row(operation, "running for " + seconds(operation.started(), now));
        }
        for (OperationStatus operation : finished) {
            row(operation, (operation.failure() == null ? "done" : "failed: " + operation.failure()) + " in "
                    + seconds(operation.started(), operation.finished()));
        }
        out.println("</tbody></table>");
        if (!running.isEmpty()) {
            out.println("<p>Reload the page to follow them.</p>");
        }
    }

    private void row(OperationStatus operation, String outcome) {
        String amount = operation.total() > 0 ? operation.done() + " of " + operation.total() : operation.done() + " done";
        String bar = operation.total() > 0
                ? "<progress max='" + operation.total() + "' value='" + operation.done() + "'>" + operation.percent() + "%</progress> "
                : "";
        out.println("<tr class='" + (operation.running() ? "running" : "finished") + "' data-done='" + operation.done()
                + "' data-total='" + operation.total() + "'><td>" + forHtml(operation.title()) + "</td><td>"
                + forHtml(operation.principal() == null ? "anonymous" : operation.principal()) + "</td><td>" + bar + amount
                + (operation.total() > 0 ? " (" + operation.percent() + "%)" : "") + "</td><td>" + operation.started() + "</td><td"
                + (operation.failure() == null ? "" : " class='ui-state-error'") + ">" + forHtml(outcome) + "</td></tr>");
    }

    private static String seconds(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.toMillis() < 10_000 ? String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0) : d.toSeconds() + " s";
    }
}
