import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Puts the {@code -runbundles} of every checked-in {@code .bndrun} in the order the
 * resolver's drift check expects: sorted by bundle symbolic name, each bundle once.
 *
 * <p>Why: after {@code mvn verify -Dresolve.failOnChanges=false} the bnd resolver appends
 * bundles it newly needs at the end of the list, while the strict build compares the list
 * sorted by name, so the rewritten file would fail the next strict build. Run as a
 * single-file program from the workspace root: {@code java cnf/tools/SortRunbundles.java [root]}.
 * It prints each file it changed.
 */
public class SortRunbundles {

    private static final String HEADER = "-runbundles:";

    /** Bundle symbolic name first, then the whole entry, so two versions of one bundle keep a stable order. */
    private static final Comparator<String> BY_NAME = Comparator
            .comparing((String entry) -> entry.split(";", 2)[0])
            .thenComparing(Comparator.naturalOrder());

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        try (Stream<Path> files = Files.walk(root)) {
            for (Path bndrun : files.filter(SortRunbundles::isCheckedIn).toList()) {
                String before = Files.readString(bndrun);
                String after = sorted(before);
                if (!after.equals(before)) {
                    Files.writeString(bndrun, after);
                    System.out.println("sorted " + root.relativize(bndrun));
                }
            }
        }
    }

    private static boolean isCheckedIn(Path path) {
        String name = path.toString();
        return name.endsWith(".bndrun") && !name.contains("/target/") && !name.contains("/.git/");
    }

    /** The file with its -runbundles entries sorted; every other line as it was. */
    static String sorted(String text) {
        List<String> lines = List.of(text.split("\n", -1));
        int header = lines.indexOf(HEADER + " \\");
        if (header < 0) {
            return text;
        }
        int end = header + 1;
        TreeSet<String> entries = new TreeSet<>(BY_NAME);
        while (end < lines.size()) {
            String line = lines.get(end).strip();
            boolean last = !line.endsWith("\\");
            String entry = line.replaceAll("[,\\\\\\s]+$", "");
            if (!entry.isEmpty()) {
                entries.add(entry);
            }
            end++;
            if (last) {
                break;
            }
        }
        List<String> result = new ArrayList<>(lines.subList(0, header + 1));
        int i = 0;
        for (String entry : entries) {
            result.add("\t" + entry + (++i < entries.size() ? ",\\" : ""));
        }
        result.addAll(lines.subList(end, lines.size()));
        return String.join("\n", result);
    }
}
