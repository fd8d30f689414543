package occi.rendering.text;

import java.util.List;
import occi.api.rendering.OcciRequest;

/**
 * The fields of a text/occi request, from its HTTP headers. A header may appear several
 * times, or once with comma-joined values, or both (RFC 7230 §3.2.2): all are the same.
 */
final class HeaderFields {

    private HeaderFields() {}

    static List<Field> read(OcciRequest request, TextLimits limits) {
        FieldCounter counter = new FieldCounter(limits);
        for (FieldName name : FieldName.values()) {
            List<String> lines = request.headers(name.text());
            if (lines == null) {
                continue;
            }
            for (int line = 0; line < lines.size(); line++) {
                List<String> values = ListSplitter.split(lines.get(line));
                for (int value = 0; value < values.size(); value++) {
                    String where = name.text() + " header " + (line + 1)
                            + (values.size() > 1 ? ", value " + (value + 1) : "");
                    counter.add(name, values.get(value), where);
                }
            }
        }
        return counter.fields();
    }
}
