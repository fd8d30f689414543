package occi.platform.runtime.internal;

/** What a client sent, as the platform's own refusals quote it. */
final class ClientText {

    private ClientText() {
    }

    /**
     * Quoted, cut to {@code max} characters, control characters replaced: a refusal names the
     * value without echoing a large one back or writing its line breaks into a log.
     */
    static String quoted(String value, int max) {
        String cut = value.length() > max ? value.substring(0, max) + "..." : value;
        return "'" + cut.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
