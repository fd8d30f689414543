package occi.admin.internal.console;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;
import static org.owasp.encoder.Encode.forUriComponent;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.admin.internal.glance.EntityFilter;
import occi.admin.internal.glance.EntityIndex;
import occi.admin.internal.glance.KindStates;
import occi.admin.internal.glance.StateCountCache;
import occi.api.AttributeDefinition;
import occi.api.Kind;

/**
 * The entities on the console page: counts per kind and per state (a table and a chart),
 * a filter (kind, state, text or location prefix), one page of entities with their title
 * and state, and links to the other pages. Reads through {@link EntityIndex}: counts and a
 * page cost the same with 30 entities or 100 000.
 */
final class EntityTable {

    private final PrintWriter out;
    private final String pluginRoot;
    private final EntityIndex index;

    EntityTable(PrintWriter out, String pluginRoot, EntityIndex index) {
        this.out = out;
        this.pluginRoot = pluginRoot;
        this.index = index;
    }

    /** Counts, chart, filter and the page the filter asks for; the counts of each kind by type identifier. */
    Map<String, Long> write(EntityFilter filter) {
        KindStates kinds = index.kinds();
        Map<String, Long> perKind = index.kindCounts(kinds);
        StateCountCache.Reading reading = index.cachedStateCounts(kinds, perKind);
        EntityIndex.StateCounts states = reading.snapshot().map(StateCountCache.Snapshot::counts)
                .orElse(new EntityIndex.StateCounts(Map.of(), List.of()));
        EntityIndex.Counts counts = new EntityIndex.Counts(perKind, states.perState(), states.notes());
        counts(kinds, counts);
        freshness(reading);
        form(kinds, counts, filter);
        EntityIndex.Listing listing;
        try {
            listing = index.list(filter, kinds);
        } catch (IllegalArgumentException e) {
            out.println("<p class='ui-state-error' id='occi-filter-problem'>" + forHtml(e.getMessage()) + "</p>");
            return counts.perKind();
        }
        entities(kinds, filter, listing);
        return counts.perKind();
    }

    private void counts(KindStates kinds, EntityIndex.Counts counts) {
        long all = counts.perKind().values().stream().mapToLong(Long::longValue).sum();
        out.println("<h2 style='margin-top:1em'>Entities at a glance (" + all + ")</h2>");
        out.print("<table class='nicetable' id='occi-kind-counts'><thead><tr><th>Kind</th><th>Entities</th><th>Per state</th>"
                + "</tr></thead><tbody>");
        List<Charts.StateBar> bars = new ArrayList<>();
        for (Kind kind : kinds.kinds()) {
            long count = counts.perKind().getOrDefault(kind.id().toString(), 0L);
            if (count == 0) {
                continue;
            }
            Map<String, Long> states = counts.perState().getOrDefault(kind.id().toString(), Map.of());
            Optional<String> attribute = KindStates.stateOf(kind).map(AttributeDefinition::name);
            StringBuilder perState = new StringBuilder();
            for (Map.Entry<String, Long> state : states.entrySet()) {
                bars.add(new Charts.StateBar(kind.id().term(), state.getKey(), state.getValue()));
                String label = badge(state.getKey()) + " " + state.getValue();
                perState.append("<span class='occi-state-count' data-state='").append(forHtmlAttribute(state.getKey()))
                        .append("' data-count='").append(state.getValue()).append("'>");
                perState.append(state.getKey().isEmpty() || attribute.isEmpty() ? label
                        : link(new EntityFilter(kind.id().toString(), attribute.get() + "=" + state.getKey(), "", 1, 1), label));
                perState.append("</span> ");
            }
            out.println("<tr data-kind='" + forHtmlAttribute(kind.id().toString()) + "'><td>"
                    + link(new EntityFilter(kind.id().toString(), "", "", 1, 1), forHtml(kind.id().term())) + "</td><td>" + count
                    + "</td><td>" + perState + "</td></tr>");
        }
        out.println("</tbody></table>");
        for (String note : counts.notes()) {
            out.println("<p class='occi-count-note'>Not counted per state: " + forHtml(note) + "</p>");
        }
        out.println("<figure style='margin:1em 0'>" + Charts.states(bars) + "</figure>");
    }

    /** Says when the counts per state are not from this load (they took long: see StateCountCache). */
    private void freshness(StateCountCache.Reading reading) {
        if (reading.snapshot().isEmpty()) {
            out.println("<p id='occi-state-freshness'>Entities per state are being counted (it takes more than "
                    + StateCountCache.WAIT.toMillis() / 1000.0 + " s here); reload the page to see them.</p>");
        } else if (reading.counting() || reading.snapshot().get().slow()) {
            StateCountCache.Snapshot snapshot = reading.snapshot().get();
            out.println("<p id='occi-state-freshness'>Entities per state as counted at " + snapshot.finished().truncatedTo(
                    java.time.temporal.ChronoUnit.SECONDS) + " (the count took " + snapshot.took().toMillis() / 1000.0 + " s; a slow one "
                    + "is made again after " + snapshot.reuse().toSeconds() + " s" + (reading.counting()
                    ? ", and one is running now" : "") + ").</p>");
        }
    }

    private void form(KindStates kinds, EntityIndex.Counts counts, EntityFilter filter) {
        out.print("<form method='get' action='" + forHtmlAttribute(pluginRoot) + "' id='occi-filter' style='margin:1em 0'>");
        out.print("<label>Kind <select name='kind'><option value=''>every kind</option>");
        for (Kind kind : kinds.kinds()) {
            long count = counts.perKind().getOrDefault(kind.id().toString(), 0L);
            out.print("<option value='" + forHtmlAttribute(kind.id().toString()) + "'"
                    + (kind.id().toString().equals(filter.kind()) ? " selected" : "") + ">" + forHtml(kind.id().term()) + " (" + count
                    + ")</option>");
        }
        out.print("</select></label> <label>State <select name='state'><option value=''>every state</option>");
        for (Kind kind : kinds.kinds()) {
            Optional<String> attribute = KindStates.stateOf(kind).map(AttributeDefinition::name);
            Map<String, Long> states = counts.perState().getOrDefault(kind.id().toString(), Map.of());
            if (attribute.isEmpty() || (!filter.kind().isEmpty() && !filter.kind().equals(kind.id().toString()))) {
                continue;
            }
            for (Map.Entry<String, Long> state : states.entrySet()) {
                if (state.getKey().isEmpty()) {
                    continue;
                }
                String value = attribute.get() + "=" + state.getKey();
                out.print("<option value='" + forHtmlAttribute(value) + "'" + (value.equals(filter.state()) ? " selected" : "") + ">"
                        + forHtml(kind.id().term() + ": " + state.getKey()) + " (" + state.getValue() + ")</option>");
            }
        }
        out.print("</select></label> <label>Title or location <input type='search' name='q' value='"
                + forHtmlAttribute(filter.text()) + "' placeholder='text, or /path/ prefix'></label> ");
        out.print("<button type='submit' class='ui-button'>Filter</button> <a href='" + forHtmlAttribute(pluginRoot)
                + "'>clear</a></form>");
        out.println();
    }

    private void entities(KindStates kinds, EntityFilter filter, EntityIndex.Listing listing) {
        long pages = Math.max(1, (listing.total() + filter.size() - 1) / filter.size());
        long first = (filter.page() - 1) * filter.size() + 1;
        out.println("<h2 style='margin-top:1em'>Resources and links (" + listing.total() + (filter.narrows() ? " matching" : "")
                + ")</h2>");
        out.print("<p id='occi-paging'>");
        if (listing.rows().isEmpty()) {
            out.print(filter.page() > 1 ? "No entity on page " + filter.page() + " of " + pages + ". " : "No entity. ");
        } else {
            out.print("Entities " + first + "–" + (first + listing.rows().size() - 1) + " of " + listing.total() + " · page "
                    + filter.page() + " of " + pages);
        }
        if (filter.page() > 1) {
            out.print(" · " + link(filter.onPage(1), "first") + " · " + link(filter.onPage(Math.min(pages, filter.page() - 1)),
                    "previous"));
        }
        if (filter.page() < pages) {
            out.print(" · " + link(filter.onPage(filter.page() + 1), "next") + " · " + link(filter.onPage(pages), "last"));
        }
        out.println(" (" + filter.size() + " a page: configuration occi.admin, listing.limit)</p>");
        out.print("<table class='nicetable' id='occi-entities'><thead><tr><th>Location</th><th>Title</th><th>Kind</th>"
                + "<th>State</th><th>Mixins</th><th></th></tr></thead><tbody>");
        for (EntityIndex.Row row : listing.rows()) {
            out.print("<tr data-location='" + forHtmlAttribute(row.location()) + "'><td><a href='" + forHtmlAttribute(row.location())
                    + "' title='the HTML rendering'>" + forHtml(row.location()) + "</a></td><td>" + forHtml(row.title()) + "</td><td>"
                    + forHtml(term(kinds, row.kind())) + "</td><td>" + (row.state().isEmpty() ? "" : badge(row.state())) + "</td><td>");
            for (String mixin : row.mixins()) {
                String term = forHtml(mixin.substring(mixin.indexOf('#') + 1));
                String refused = row.untagRefused().get(mixin);
                if (refused != null) {
                    // the backend would refuse: no button, and the reason where a pointer finds it
                    out.print("<span class='occi-kept-mixin' title='" + forHtmlAttribute(refused) + "'>" + term + "</span> ");
                    continue;
                }
                out.print("<form method='post' action='" + forHtmlAttribute(pluginRoot) + "' style='display:inline'>"
                        + hidden("action", "untag") + hidden("location", row.location()) + hidden("mixin", mixin)
                        + term + " <button type='submit' class='ui-button' title='untag "
                        + forHtmlAttribute(mixin) + "'>×</button></form> ");
            }
            if (row.deleteRefused().isPresent()) {
                out.println("</td><td class='occi-refused'>" + forHtml(row.deleteRefused().get()) + "</td></tr>");
                continue;
            }
            out.println("</td><td><form method='post' action='" + forHtmlAttribute(pluginRoot) + "' "
                    + "onsubmit=\"return confirm('Delete ' + this.location.value + ' and its links?')\">"
                    + hidden("action", "delete") + hidden("location", row.location())
                    + "<button type='submit' class='ui-button'>Delete</button></form></td></tr>");
        }
        out.println("</tbody></table>");
    }

    private static String term(KindStates kinds, String typeId) {
        return kinds.kind(typeId).map(k -> k.id().term()).orElse(typeId);
    }

    /** A state as a coloured badge with its name (the colour is never the only cue). */
    static String badge(String state) {
        return "<span class='occi-state' style='background:" + Charts.stateColour(state)
                + ";color:#fff;padding:0 .4em;border-radius:3px;white-space:nowrap'>" + forHtml(Charts.label(state)) + "</span>";
    }

    /** A link to the page with a filter; {@code label} is HTML. */
    private String link(EntityFilter filter, String label) {
        StringBuilder query = new StringBuilder();
        append(query, "kind", filter.kind());
        append(query, "state", filter.state());
        append(query, "q", filter.text());
        if (filter.page() > 1) {
            append(query, "page", String.valueOf(filter.page()));
        }
        return "<a href='" + forHtmlAttribute(pluginRoot + (query.length() == 0 ? "" : "?" + query)) + "'>" + label + "</a>";
    }

    private static void append(StringBuilder query, String name, String value) {
        if (!value.isEmpty()) {
            query.append(query.length() == 0 ? "" : "&").append(name).append('=').append(forUriComponent(value));
        }
    }

    private static String hidden(String name, String value) {
        return "<input type='hidden' name='" + name + "' value='" + forHtmlAttribute(value) + "'>";
    }
}
