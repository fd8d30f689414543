package occi.rendering.html;

import java.io.IOException;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;

/**
 * One labelled form control per attribute definition, named {@code attribute.<name>}: a
 * select for enums and booleans, a number box for numbers, a text box otherwise. Patterns
 * are shown (in words where they have a plain reading, {@link PatternWords}), not enforced in the browser (Java and JavaScript regular expressions differ;
 * the server checks them).
 */
final class AttributeInputs {

    private AttributeInputs() {}

    /** Whether a form can edit this attribute at all (arrays and objects have no form control). */
    static boolean editable(AttributeDefinition definition) {
        return definition.type() != AttributeType.ARRAY && definition.type() != AttributeType.OBJECT;
    }

    /**
     * Writes the control.
     *
     * @param current  the value to show, or {@code null}
     * @param required whether the browser should insist on a value
     */
    static void write(HtmlWriter html, AttributeDefinition definition, Object current, boolean required) throws IOException {
        String field = FormFields.ATTRIBUTE_PREFIX + definition.name();
        String value = current == null ? (definition.defaultValue() == null ? null : ValueText.of(definition.defaultValue()))
                : ValueText.of(current);
        html.open("label");
        html.element("span", definition.name(), "class", "name");
        html.trusted(" ");
        switch (definition.type()) {
            case ENUM -> select(html, field, definition.enumValues(), value, required);
            case BOOLEAN -> select(html, field, java.util.List.of("true", "false"), value, required);
            case INTEGER -> html.empty("input", "type", "number", "step", "1", "name", field, "value", value,
                    "required", required ? "required" : null);
            case NUMBER -> html.empty("input", "type", "number", "step", "any", "name", field, "value", value,
                    "required", required ? "required" : null);
            default -> html.empty("input", "type", "text", "name", field, "value", value,
                    "required", required ? "required" : null);
        }
        html.trusted(" ");
        html.element("span", hint(definition), "class", "muted");
        html.close("label");
    }

    private static void select(HtmlWriter html, String field, java.util.List<String> options, String value, boolean required)
            throws IOException {
        html.open("select", "name", field, "required", required ? "required" : null);
        html.element("option", "—", "value", "");
        for (String option : options) {
            html.element("option", option, "value", option, "selected", option.equals(value) ? "selected" : null);
        }
        html.close("select");
    }

    private static String hint(AttributeDefinition definition) {
        StringBuilder hint = new StringBuilder(definition.type().label());
        if (definition.required()) {
            hint.append(", required");
        }
        if (definition.pattern() != null) {
            hint.append(", ").append(PatternWords.of(definition.pattern()));
        }
        if (definition.description() != null) {
            hint.append(" — ").append(definition.description());
        }
        return hint.toString();
    }
}
