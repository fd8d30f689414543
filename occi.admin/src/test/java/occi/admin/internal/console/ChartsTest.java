package occi.admin.internal.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import occi.admin.internal.stats.StatusCounts;
import occi.platform.testing.SettableClock;
import org.junit.jupiter.api.Test;

/** The SVG charts carry the numbers they are drawn from, and say them in words. */
class ChartsTest {

    @Test
    void aRequestShowsInItsMinutesBarInItsStatusClass() {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-06T10:40:30Z"));
        StatusCounts counts = new StatusCounts(clock, 15);
        counts.record(200);
        counts.record(201);
        counts.record(404);
        clock.advance(Duration.ofSeconds(60));
        counts.record(503);

        List<StatusCounts.Minute> minutes = counts.lastMinutes();
        assertThat(minutes).hasSize(15);
        assertThat(minutes.get(13).start()).isEqualTo(Instant.parse("2026-12-06T10:40:00Z"));
        assertThat(minutes.get(13).ofClass(2)).isEqualTo(2);
        assertThat(minutes.get(13).ofClass(4)).isEqualTo(1);
        assertThat(minutes.get(14).ofClass(5)).isEqualTo(1);

        String svg = Charts.requests(minutes);
        assertThat(svg).contains("<title id='occi-chart-requests-title'>Requests per minute by status class, last 15 minutes (UTC)");
        assertThat(svg).contains("Answers in the last 15 minutes: 2 2xx, 0 3xx, 1 4xx, 1 5xx; the busiest minute had 3.");
        assertThat(svg).contains("<g class='minute' data-minute='2026-12-06T10:40:00Z'><rect");
        String minute = svg.substring(svg.indexOf("data-minute='2026-12-06T10:40:00Z'"), svg.indexOf("data-minute='2026-12-06T10:41:00Z'"));
        assertThat(minute).contains("data-class='2xx' data-count='2'", "data-class='4xx' data-count='1'",
                "<title>10:40 UTC: 1 answer 4xx</title>").doesNotContain("5xx");
        assertThat(svg).contains("data-class='5xx' data-count='1'><title>10:41 UTC");
        // nothing fetched from elsewhere: no script, no link, no image
        assertThat(svg).doesNotContain("<script", "href", "<image", "url(");
    }

    @Test
    void minutesOutsideTheWindowAreGone() {
        SettableClock clock = new SettableClock(Instant.parse("2026-12-06T10:40:30Z"));
        StatusCounts counts = new StatusCounts(clock, 15);
        counts.record(500);
        clock.advance(Duration.ofMinutes(15));
        assertThat(counts.lastMinutes()).allSatisfy(m -> assertThat(m.total()).isZero());
        assertThat(Charts.requests(counts.lastMinutes())).doesNotContain("data-class=").contains("the busiest minute had 0.");
    }

    @Test
    void stateBarsCarryKindStateAndCount() {
        String svg = Charts.states(List.of(new Charts.StateBar("compute", "active", 7), new Charts.StateBar("node", "", 2)));
        assertThat(svg).contains("data-kind='compute' data-state='active' data-count='7'", "data-kind='node' data-state='' data-count='2'",
                "Entities per state: compute active: 7, node (no state): 2.", "role='img'");
        assertThat(Charts.states(List.of())).contains("No entity has a state.");
    }
}
