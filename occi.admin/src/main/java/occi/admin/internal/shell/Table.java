package occi.admin.internal.shell;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A text table with columns padded to their widest value, for the shell. */
final class Table {

    private final List<String[]> rows = new ArrayList<>();
    private final int columns;

    private Table(String... headers) {
        this.columns = headers.length;
        rows.add(headers);
    }

    static Table of(String... headers) {
        return new Table(headers);
    }

    Table row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException(columns + " values expected, not " + values.length);
        }
        rows.add(Arrays.stream(values).map(v -> v == null ? "" : String.valueOf(v).replaceAll("[\\r\\n\\t]", " "))
                .toArray(String[]::new));
        return this;
    }

    int size() {
        return rows.size() - 1;
    }

    @Override
    public String toString() {
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                line.append(row[c]);
                if (c < columns - 1) {
                    line.append(" ".repeat(widths[c] - row[c].length() + 2));
                }
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
