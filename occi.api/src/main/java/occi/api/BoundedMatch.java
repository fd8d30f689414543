package occi.api;

import java.util.regex.Pattern;

/**
 * Matches a value against a definition's pattern with a bound on the work done. Java's
 * backtracking matcher can take exponential time ({@code (.*a){20}b} on thirty characters
 * runs for hours); patterns come from clients (user mixins), so every match reads its
 * input through a {@link CharSequence} that counts the characters read and gives up after
 * {@value #MAX_STEPS} of them, plus {@value #STEPS_PER_CHAR} per character of the value. A match that gives up is a clear 400, and the worker thread is free.
 */
final class BoundedMatch {

    /** Characters the matcher may read for one value: milliseconds of work, far beyond any sane pattern. */
    static final int MAX_STEPS = 1_000_000;
    /** More for a long value, so that a simple pattern never fails on one the body limit lets in. */
    static final int STEPS_PER_CHAR = 16;

    private BoundedMatch() {}

    /** Whether the whole text matches; throws {@link InvalidAttributeException} when the bound is reached. */
    static boolean matches(String name, String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(new Counted(text)).matches();
        } catch (TooLong e) {
            throw new InvalidAttributeException(name, "the pattern " + pattern + " takes too long to match this value (more than "
                    + limit(text) + " steps); a simpler pattern or value is needed");
        } catch (StackOverflowError e) { // deep recursion in the matcher on a long value: the same limit, another way
            throw new InvalidAttributeException(name, "the pattern " + pattern + " is too complex for a value of " + text.length()
                    + " characters");
        }
    }

    private static long limit(String text) {
        return MAX_STEPS + (long) STEPS_PER_CHAR * text.length();
    }

    /** Thrown from inside the matcher to stop it; no stack trace, it is not a fault. */
    private static final class TooLong extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooLong() {
            super(null, null, false, false);
        }
    }

    /** A string that counts how often the matcher reads it. */
    private static final class Counted implements CharSequence {
        private final String text;
        private final int offset;
        private final int end;
        /** The steps left, shared with every subsequence. */
        private final long[] steps;

        Counted(String text) {
            this(text, 0, text.length(), new long[] {limit(text)});
        }

        private Counted(String text, int offset, int end, long[] steps) {
            this.text = text;
            this.offset = offset;
            this.end = end;
            this.steps = steps;
        }

        @Override
        public char charAt(int index) {
            if (--steps[0] < 0) {
                throw new TooLong();
            }
            return text.charAt(offset + index);
        }

        @Override
        public int length() {
            return end - offset;
        }

        @Override
        public CharSequence subSequence(int start, int stop) {
            return new Counted(text, offset + start, offset + stop, steps);
        }

        @Override
        public String toString() {
            return text.substring(offset, end);
        }
    }
}
