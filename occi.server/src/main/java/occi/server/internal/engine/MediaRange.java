package occi.server.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One entry of an {@code Accept} header: {@code type/subtype}, either part possibly
 * {@code *}, with its quality ({@code q}, 0 to 1).
 */
record MediaRange(String type, String subtype, double quality) {

    /** Parses every range of the header lines; malformed entries are skipped, as browsers send odd ones. */
    static List<MediaRange> parseAll(List<String> headerLines) {
        List<MediaRange> ranges = new ArrayList<>();
        for (String line : headerLines) {
            for (String entry : line.split(",")) {
                MediaRange range = parse(entry);
                if (range != null) {
                    ranges.add(range);
                }
            }
        }
        return ranges;
    }

    static MediaRange parse(String entry) {
        String[] parts = entry.split(";", -1); // -1: ";;;" is four empty parts, not none
        String mediaType = parts[0].trim().toLowerCase(Locale.ROOT);
        int slash = mediaType.indexOf('/');
        if (slash <= 0 || slash == mediaType.length() - 1) {
            return mediaType.equals("*") ? new MediaRange("*", "*", quality(parts)) : null;
        }
        String type = mediaType.substring(0, slash);
        String subtype = mediaType.substring(slash + 1);
        if (type.equals("*") && !subtype.equals("*")) {
            return null;
        }
        return new MediaRange(type, subtype, quality(parts));
    }

    private static double quality(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=") || parameter.startsWith("Q=")) {
                try {
                    double q = Double.parseDouble(parameter.substring(2).trim());
                    return Math.max(0, Math.min(1, q));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }

    /** How precisely this range names a media type: 2 exact, 1 {@code type/*}, 0 {@code *}{@code /*}, -1 no match. */
    int specificity(String mediaType) {
        int slash = mediaType.indexOf('/');
        String t = mediaType.substring(0, slash);
        String s = mediaType.substring(slash + 1);
        if (type.equals("*")) {
            return 0;
        }
        if (!type.equals(t)) {
            return -1;
        }
        if (subtype.equals("*")) {
            return 1;
        }
        return subtype.equals(s) ? 2 : -1;
    }
}
