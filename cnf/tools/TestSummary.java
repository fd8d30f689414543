import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints one closing line for the whole test run, "N passed, N failed, N skipped",
 * summed over every JUnit XML report of the build: Surefire's and Failsafe's, and the
 * bnd tester's (which prints no "Tests run:" line of its own). Run as a single-file
 * program: java cnf/tools/TestSummary.java [root]
 */
public class TestSummary {

    private static final Pattern SUITE = Pattern.compile("<testsuite\\b[^>]*>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\b(tests|failures|errors|skipped)=\"(\\d+)\"");

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        long tests = 0, failed = 0, skipped = 0;
        int reports = 0;
        for (Path report : reports(root)) {
            reports++;
            Matcher suite = SUITE.matcher(Files.readString(report));
            while (suite.find()) {
                Matcher attribute = ATTRIBUTE.matcher(suite.group());
                while (attribute.find()) {
                    long value = Long.parseLong(attribute.group(2));
                    switch (attribute.group(1)) {
                        case "tests" -> tests += value;
                        case "failures", "errors" -> failed += value;
                        case "skipped" -> skipped += value;
                        default -> { }
                    }
                }
            }
        }
        long passed = tests - failed - skipped;
        System.out.println("(" + reports + " test reports)");
        System.out.println(passed + " passed, " + failed + " failed, " + skipped + " skipped");
        System.exit(failed > 0 || tests == 0 ? 1 : 0);
    }

    private static List<Path> reports(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(TestSummary::isReport).sorted().toList();
        }
    }

    private static boolean isReport(Path file) {
        String path = file.toString().replace('\\', '/');
        return path.contains("/target/") && file.getFileName().toString().startsWith("TEST-")
                && path.endsWith(".xml")
                && (path.contains("/surefire-reports/") || path.contains("/failsafe-reports/") || path.contains("/test-reports/"));
    }
}
