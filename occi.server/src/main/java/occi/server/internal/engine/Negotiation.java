package occi.server.internal.engine;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the response's media type among those the renderings present produce. Each
 * candidate gets the quality of the most specific {@code Accept} range that names it
 * (RFC 9110 §12.5.1); the best quality wins, and among equals the server's preference
 * (the order of the candidates). No {@code Accept} header means {@code text/plain}.
 */
public final class Negotiation {

    public static final String DEFAULT_TYPE = "text/plain";

    private Negotiation() {}

    /**
     * @param acceptLines the request's {@code Accept} header lines
     * @param candidates  media types that can be produced, in the server's order of preference
     * @return the chosen type, or empty when nothing acceptable can be produced (406)
     */
    public static Optional<String> choose(List<String> acceptLines, List<String> candidates) {
        List<MediaRange> ranges = MediaRange.parseAll(acceptLines);
        if (acceptLines.isEmpty() || acceptLines.stream().allMatch(String::isBlank)) {
            return candidates.contains(DEFAULT_TYPE) ? Optional.of(DEFAULT_TYPE) : candidates.stream().findFirst();
        }
        String best = null;
        double bestQuality = 0;
        for (String candidate : candidates) {
            double q = quality(ranges, candidate.toLowerCase(Locale.ROOT));
            if (q > bestQuality) {
                best = candidate;
                bestQuality = q;
            }
        }
        return Optional.ofNullable(best);
    }

    static double quality(List<MediaRange> ranges, String mediaType) {
        int bestSpecificity = -1;
        double quality = 0;
        for (MediaRange range : ranges) {
            int specificity = range.specificity(mediaType);
            if (specificity > bestSpecificity) {
                bestSpecificity = specificity;
                quality = range.quality();
            }
        }
        return quality;
    }

    /** The media type of a {@code Content-Type} value, without parameters, lower case; {@code null} for none. */
    public static String mediaTypeOf(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return null;
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }
}
