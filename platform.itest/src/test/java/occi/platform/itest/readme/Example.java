package occi.platform.itest.readme;

import java.util.List;

/**
 * One example of a README: a fenced block of shell commands ({@code sh}, {@code bash}) or a Gogo
 * transcript (lines starting {@code g! }), where it is, and how its marker (an HTML comment
 * {@code <!-- example: ... -->} right above the fence) says to run it.
 */
public record Example(String file, int line, String section, Kind kind, Marker marker, String reason, List<Step> steps) {

    /** What runs the example's commands. */
    public enum Kind {
        /** {@code bash}, in the folder the container was started from. */
        SHELL,
        /** the container's Gogo shell ({@code g!}). */
        GOGO
    }

    /** How the example is run, from its marker. */
    public enum Marker {
        /** in the container shared by every example of the README, in README order. */
        SHARED,
        /** in a container of its own, started for it (an example that changes what the next ones see). */
        OWN_CONTAINER,
        /** not run; the marker gives the reason. */
        NOT_RUN
    }

    /** Where the example is, for messages: {@code README.md:612 (## OCCI server)}. */
    public String where() {
        return file + ":" + line + " (" + section + ")";
    }

    /**
     * One command (its first line number; continuation lines joined as the shell joins them) and
     * the output shown for it: the {@code #   } lines under a shell command, the lines under a
     * {@code g!} command.
     */
    public record Step(int line, String command, List<Shown> shown, Integer status) {
    }

    /** One line of shown output and its line in the README. */
    public record Shown(int line, String text) {
    }
}
