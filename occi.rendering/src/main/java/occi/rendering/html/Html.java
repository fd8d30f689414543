package occi.rendering.html;

/**
 * Escapes text for the two HTML contexts the pages write into: element content and
 * double-quoted attribute values. Every character that can end a context or start markup
 * ({@code & < > " '}) becomes a character reference, so any value, whoever wrote it, is
 * shown as text and never parsed as markup.
 */
final class Html {

    private Html() {}

    /** Escapes for element content, e.g. {@code <td>…</td>}. */
    static String text(String value) {
        return escape(value);
    }

    /** Escapes for a double-quoted attribute value, e.g. {@code value="…"}. */
    static String attribute(String value) {
        return escape(value);
    }

    private static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                // NUL is not allowed in HTML text; a replacement character keeps the length visible.
                case '\0' -> "\uFFFD";
                default -> null;
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(value.length() + 16).append(value, 0, i);
                }
                out.append(replacement);
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? value : out.toString();
    }
}
