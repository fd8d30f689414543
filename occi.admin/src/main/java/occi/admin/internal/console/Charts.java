package occi.admin.internal.console;

import static org.owasp.encoder.Encode.forHtml;
import static org.owasp.encoder.Encode.forHtmlAttribute;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import occi.admin.internal.stats.StatusCounts;

/**
 * The console's pictures, drawn on the server as inline SVG: no script, no stylesheet or
 * font from elsewhere, so the page works offline. Each chart has a {@code <title>} and a
 * {@code <desc>} that say in words what it shows (screen readers read them, and they are the
 * text alternative), and each bar its own {@code <title>} (a tooltip) and {@code data-*}
 * attributes with the numbers it is drawn from.
 */
final class Charts {

    /** Status classes drawn, with their colours: success green, redirect blue, client error amber, server error red. */
    static final String[] CLASSES = {"2xx", "3xx", "4xx", "5xx"};
    private static final String[] CLASS_COLOURS = {"#3c8d40", "#2f6fb3", "#e08a00", "#c62828"};
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT).withZone(ZoneOffset.UTC);

    private static final int WIDTH = 640;
    private static final int PLOT_LEFT = 48;
    private static final int PLOT_TOP = 12;
    private static final int PLOT_HEIGHT = 140;

    private Charts() {}

    /** One stacked bar per minute, a segment per status class; the busiest minute spans the height. */
    static String requests(List<StatusCounts.Minute> minutes) {
        long busiest = 0;
        long[] sums = new long[CLASSES.length];
        for (StatusCounts.Minute minute : minutes) {
            long total = 0;
            for (int c = 0; c < CLASSES.length; c++) {
                total += minute.ofClass(c + 2);
                sums[c] += minute.ofClass(c + 2);
            }
            busiest = Math.max(busiest, total);
        }
        long max = Math.max(1, busiest);
        StringBuilder desc = new StringBuilder("Answers in the last " + minutes.size() + " minutes: ");
        List<String> parts = new ArrayList<>();
        for (int c = 0; c < CLASSES.length; c++) {
            parts.add(sums[c] + " " + CLASSES[c]);
        }
        desc.append(String.join(", ", parts)).append("; the busiest minute had ").append(busiest)
                .append('.');
        int height = PLOT_TOP + PLOT_HEIGHT + 44;
        StringBuilder svg = open("occi-chart-requests", height, "Requests per minute by status class, last " + minutes.size()
                + " minutes (UTC)", desc.toString());
        axis(svg, max, "answers / minute");
        double slot = (WIDTH - PLOT_LEFT - 8) / (double) Math.max(1, minutes.size());
        for (int i = 0; i < minutes.size(); i++) {
            StatusCounts.Minute minute = minutes.get(i);
            double x = PLOT_LEFT + i * slot + 2;
            double bottom = PLOT_TOP + PLOT_HEIGHT;
            String time = CLOCK.format(minute.start());
            svg.append("<g class='minute' data-minute='").append(minute.start()).append("'>");
            for (int c = 0; c < CLASSES.length; c++) {
                long count = minute.ofClass(c + 2);
                if (count == 0) {
                    continue;
                }
                double h = PLOT_HEIGHT * count / (double) max;
                bottom -= h;
                svg.append(String.format(Locale.ROOT, "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='%s' "
                        + "data-class='%s' data-count='%d'><title>%s UTC: %d %s %s</title></rect>",
                        x, bottom, slot - 4, h, CLASS_COLOURS[c], CLASSES[c], count, time, count, count == 1 ? "answer" : "answers",
                        CLASSES[c]));
            }
            svg.append("</g>");
            if (i % 5 == 0 || i == minutes.size() - 1) {
                svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' font-size='11' text-anchor='middle'>%s</text>",
                        x + (slot - 4) / 2, PLOT_TOP + PLOT_HEIGHT + 14, time));
            }
        }
        legend(svg, CLASSES, CLASS_COLOURS, PLOT_TOP + PLOT_HEIGHT + 34);
        return svg.append("</svg>").toString();
    }

    /** A bar of entities per state, one per kind and state. */
    record StateBar(String kind, String state, long count) {
    }

    /** Horizontal bars, one per kind and state, the longest the most entities. */
    static String states(List<StateBar> bars) {
        long max = Math.max(1, bars.stream().mapToLong(StateBar::count).max().orElse(1));
        int row = 20;
        int height = PLOT_TOP + Math.max(1, bars.size()) * row + 8;
        List<String> parts = bars.stream().map(b -> b.kind() + " " + label(b.state()) + ": " + b.count()).toList();
        String desc = bars.isEmpty() ? "No entity has a state." : "Entities per state: " + String.join(", ", parts) + ".";
        StringBuilder svg = open("occi-chart-states", height, "Entities per state, by kind", desc);
        int labelWidth = 190;
        for (int i = 0; i < bars.size(); i++) {
            StateBar bar = bars.get(i);
            int y = PLOT_TOP + i * row;
            double w = (WIDTH - labelWidth - 60) * bar.count() / (double) max;
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' font-size='12' text-anchor='end'>%s</text>", labelWidth - 6,
                    y + 13, forHtml(bar.kind() + " · " + label(bar.state()))));
            svg.append(String.format(Locale.ROOT, "<rect x='%d' y='%d' width='%.1f' height='%d' fill='%s' data-kind='%s' "
                    + "data-state='%s' data-count='%d'><title>%s</title></rect>", labelWidth, y + 2, Math.max(1, w), row - 6,
                    stateColour(bar.state()), forHtmlAttribute(bar.kind()), forHtmlAttribute(bar.state()), bar.count(),
                    forHtml(bar.kind() + " " + label(bar.state()) + ": " + bar.count())));
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' font-size='12'>%d</text>", labelWidth + Math.max(1, w) + 4,
                    y + 13, bar.count()));
        }
        return svg.append("</svg>").toString();
    }

    static String label(String state) {
        return state.isEmpty() ? "(no state)" : state;
    }

    /** Running green, stopped grey, failed red, in between amber, anything else blue. */
    static String stateColour(String state) {
        String s = state.toLowerCase(Locale.ROOT);
        if (s.matches("active|online|up|production|start|started|running|deployed")) {
            return "#3c8d40";
        }
        if (s.matches("error|failure|failed|degraded|offline")) {
            return "#c62828";
        }
        if (s.matches("inactive|stop|stopped|down|register|registered|")) {
            return "#8a8a8a";
        }
        if (s.matches("suspended|safe|deploy|debug|backup|snapshot|resize|degraded")) {
            return "#e08a00";
        }
        return "#2f6fb3";
    }

    private static StringBuilder open(String id, int height, String title, String desc) {
        return new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' id='" + id + "' role='img' width='" + WIDTH
                + "' height='" + height + "' viewBox='0 0 " + WIDTH + " " + height + "' aria-labelledby='" + id + "-title " + id
                + "-desc' style='max-width:100%;height:auto;font-family:sans-serif'><title id='" + id + "-title'>" + forHtml(title)
                + "</title><desc id='" + id + "-desc'>" + forHtml(desc) + "</desc>");
    }

    private static void axis(StringBuilder svg, long max, String unit) {
        int bottom = PLOT_TOP + PLOT_HEIGHT;
        svg.append("<line x1='" + PLOT_LEFT + "' y1='" + PLOT_TOP + "' x2='" + PLOT_LEFT + "' y2='" + bottom + "' stroke='#666'/>");
        svg.append("<line x1='" + PLOT_LEFT + "' y1='" + bottom + "' x2='" + (WIDTH - 4) + "' y2='" + bottom + "' stroke='#666'/>");
        svg.append("<text x='" + (PLOT_LEFT - 4) + "' y='" + (PLOT_TOP + 10) + "' font-size='11' text-anchor='end'>" + max + "</text>");
        svg.append("<text x='" + (PLOT_LEFT - 4) + "' y='" + bottom + "' font-size='11' text-anchor='end'>0</text>");
        svg.append("<text x='4' y='" + (PLOT_TOP + PLOT_HEIGHT / 2) + "' font-size='10' transform='rotate(-90 10 "
                + (PLOT_TOP + PLOT_HEIGHT / 2) + ")'>" + forHtml(unit) + "</text>");
    }

    private static void legend(StringBuilder svg, String[] names, String[] colours, int y) {
        int x = PLOT_LEFT;
        for (int i = 0; i < names.length; i++) {
            svg.append("<rect x='" + x + "' y='" + (y - 9) + "' width='10' height='10' fill='" + colours[i] + "'/>");
            svg.append("<text x='" + (x + 14) + "' y='" + y + "' font-size='11'>" + forHtml(names[i]) + "</text>");
            x += 60;
        }
    }
}
