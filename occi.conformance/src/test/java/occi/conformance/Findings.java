package occi.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * Every violation found while walking a rendering, so that one run reports all of them (each
 * with the offending line) rather than the first only; the test fails if there is any.
 */
final class Findings {

    private final List<String> found = new ArrayList<>();

    /** Runs a check; a violation or a failed assertion is recorded under {@code where}. */
    void check(String where, Runnable check) {
        try {
            check.run();
        } catch (Gfd229.Violation | AssertionError e) {
            found.add(where + ": " + e.getMessage());
        }
    }

    /** Records a finding when {@code condition} is false. */
    void expect(boolean condition, String where, String what) {
        if (!condition) {
            found.add(where + ": " + what);
        }
    }

    void assertNone(String what) {
        if (!found.isEmpty()) {
            throw new AssertionError(found.size() + " violation(s) in " + what + ":\n- " + String.join("\n- ", found));
        }
    }
}
