package occi.rendering.text;

import java.util.List;
import occi.api.OcciException;

/** Collects the fields of one request and refuses the one beyond the limit. */
final class FieldCounter {

    private final TextLimits limits;
    private final List<Field> fields = new java.util.ArrayList<>();

    FieldCounter(TextLimits limits) {
        this.limits = limits;
    }

    void add(FieldName name, String value, String where) {
        if (value.length() > limits.maxLineLength()) {
            throw OcciException.badRequest(where + ": " + name.text() + " value longer than "
                    + limits.maxLineLength() + " characters");
        }
        if (fields.size() >= limits.maxFields()) {
            throw OcciException.badRequest(where + ": more than " + limits.maxFields()
                    + " Category, Link, X-OCCI-Attribute and X-OCCI-Location values in one request");
        }
        fields.add(new Field(name, value, where));
    }

    List<Field> fields() {
        return List.copyOf(fields);
    }
}
