package confine.controller.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Media types and {@code Accept} negotiation. Every answer is JSON; a resource's type carries
 * its schema profile ({@code application/json; profile="…/v0/node"}). A client may ask for
 * {@code application/json} (optionally with a matching profile, of any schema version) or a
 * wildcard; {@code indent=N} pretty-prints. Anything else is not acceptable (406).
 */
public final class MediaTypes {

    public static final String JSON = "application/json";
    public static final String RESOURCE_LIST = profiled(Kind.PROFILE_PREFIX + "resource-list");

    private MediaTypes() {}

    public static String profiled(String profile) {
        return JSON + "; profile=\"" + profile + "\"";
    }

    /** What to answer with: the content type and the indentation (0 for compact). */
    public record Choice(String contentType, int indent) {}

    /** The answer for {@code accept} when the resource's type is {@code offered}; null when unacceptable. */
    public static Choice negotiate(String accept, String offered) {
        if (accept == null || accept.isBlank()) {
            return new Choice(offered, 0);
        }
        String offeredProfile = parameters(offered).get("profile");
        for (String range : split(accept, ',')) {
            String[] typeAndParams = range.split(";", 2);
            String type = typeAndParams[0].trim().toLowerCase(Locale.ROOT);
            Map<String, String> params = typeAndParams.length > 1 ? parameters(typeAndParams[1]) : Map.of();
            if (quality(params) <= 0 || !(type.equals("*/*") || type.equals("application/*") || type.equals(JSON))) {
                continue;
            }
            String profile = params.get("profile");
            if (profile != null && !sameSchema(profile, offeredProfile)) {
                continue;
            }
            return new Choice(offered, indent(params));
        }
        return null;
    }

    /** Same schema name (the last path segment), whatever its version. */
    private static boolean sameSchema(String wanted, String offered) {
        return offered != null && lastSegment(wanted).equals(lastSegment(offered));
    }

    private static String lastSegment(String uri) {
        String u = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
        return u.substring(u.lastIndexOf('/') + 1);
    }

    private static double quality(Map<String, String> params) {
        try {
            return Double.parseDouble(params.getOrDefault("q", "1"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static int indent(Map<String, String> params) {
        try {
            return Math.max(0, Math.min(16, Integer.parseInt(params.getOrDefault("indent", "0"))));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The parameters of a media type (or of what follows its first {@code ;}), names lower-cased, quotes removed. */
    public static Map<String, String> parameters(String mediaTypeOrParams) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String param : split(mediaTypeOrParams, ';')) {
            int eq = param.indexOf('=');
            if (eq > 0) {
                String value = param.substring(eq + 1).trim();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                params.put(param.substring(0, eq).trim().toLowerCase(Locale.ROOT), value);
            }
        }
        return params;
    }

    /** Splits on {@code separator} outside double quotes (a profile URI may hold commas). */
    static List<String> split(String text, char separator) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == separator && !quoted) {
                parts.add(part.toString().trim());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString().trim());
        return parts;
    }
}
