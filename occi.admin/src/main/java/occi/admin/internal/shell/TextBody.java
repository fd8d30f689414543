package occi.admin.internal.shell;

import occi.admin.internal.inventory.CategoryRow;

/** The text/plain OCCI request bodies the commands send. */
final class TextBody {

    private TextBody() {}

    static String category(CategoryRow category) {
        return "Category: " + category.term() + "; scheme=\"" + category.scheme() + "\"; class=\""
                + category.categoryClass() + "\"\n";
    }

    /** {@code name=value} arguments as attribute lines: numbers and booleans bare, anything else quoted. */
    static String attributes(String... pairs) {
        StringBuilder body = new StringBuilder();
        for (String pair : pairs) {
            int equals = pair.indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("'" + pair + "' is not name=value");
            }
            String name = pair.substring(0, equals);
            String value = pair.substring(equals + 1);
            body.append("X-OCCI-Attribute: ").append(name).append('=').append(literal(value)).append('\n');
        }
        return body.toString();
    }

    static String literal(String value) {
        if (value.matches("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?|true|false")) {
            return value;
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
