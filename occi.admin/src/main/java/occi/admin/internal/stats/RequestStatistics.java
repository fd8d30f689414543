package occi.admin.internal.stats;

import java.util.Map;

/** What the console page and the shell read of the request counters. */
public interface RequestStatistics {

    /** The minutes {@link #recent()} covers. */
    int windowMinutes();

    /** Answers per status code in the last {@link #windowMinutes()} minutes. */
    Map<Integer, Long> recent();

    /** Answers per status class in each of the last {@link #windowMinutes()} minutes, oldest first. */
    java.util.List<StatusCounts.Minute> lastMinutes();

    /** Answers per status code since the counter started. */
    Map<Integer, Long> sinceStart();
}
