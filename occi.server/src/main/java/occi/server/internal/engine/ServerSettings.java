package occi.server.internal.engine;

import java.util.List;
import java.util.Objects;

/**
 * The server's configuration as the engine uses it, checked and normalised.
 *
 * @param basePath                  where OCCI is served, starting and ending with '/', e.g. {@code /} or {@code /occi/}
 * @param corsOrigins               origins allowed to call from a browser; {@code *} for any; empty for none
 * @param absoluteCategoryLocations whether category locations render as absolute URLs instead of paths
 * @param maxPageSize               the largest {@code number} a client may ask for (413 above)
 * @param defaultPageSize           the page size when the client gives none; 0 for everything
 * @param maxBodyBytes              the largest request body (413 above)
 * @param maxHeaderBytes            the largest total size of the request's headers (431 above)
 * @param serverProduct             the product named in the {@code Server} header before the OCCI version
 * @param occiVersion               the OCCI version, {@code OCCI/1.2}
 */
public record ServerSettings(String basePath, List<String> corsOrigins, boolean absoluteCategoryLocations, int maxPageSize,
        int defaultPageSize, long maxBodyBytes, int maxHeaderBytes, String serverProduct, String occiVersion) {

    public static final ServerSettings DEFAULTS = new ServerSettings("/", List.of(), false, 1000, 0, 1 << 20, 64 << 10,
            "occi-platform/0.1", "OCCI/1.2");

    public ServerSettings {
        basePath = normalisePath(basePath);
        corsOrigins = List.copyOf(corsOrigins == null ? List.of() : corsOrigins.stream().map(String::trim).filter(s -> !s.isEmpty()).toList());
        Objects.requireNonNull(serverProduct, "serverProduct");
        if (occiVersion == null || !occiVersion.matches("OCCI/\\d+\\.\\d+")) {
            throw new IllegalArgumentException("the OCCI version is OCCI/<major>.<minor>, not " + occiVersion);
        }
        if (maxPageSize < 1 || defaultPageSize < 0 || defaultPageSize > maxPageSize) {
            throw new IllegalArgumentException("page sizes: 1 <= max (" + maxPageSize + "), 0 <= default (" + defaultPageSize + ") <= max");
        }
        if (maxBodyBytes < 0 || maxHeaderBytes < 0) {
            throw new IllegalArgumentException("size limits are not negative");
        }
    }

    /** {@code occi}, {@code /occi}, {@code /occi/} all become {@code /occi/}; blank becomes {@code /}. */
    static String normalisePath(String path) {
        String p = path == null ? "" : path.trim();
        if (!p.startsWith("/")) {
            p = "/" + p;
        }
        return p.endsWith("/") ? p : p + "/";
    }

    /**
     * The {@code Server} header: product and OCCI version, then {@code OCCI/1.1} when the
     * version is a later 1.x: the server also reads OCCI 1.1 requests, and 1.1 clients look
     * for their version there (GFD.223 §3.3 names the version in {@code Server}; RFC 7231
     * allows several products). A client that reads the first {@code OCCI/} token sees 1.2.
     */
    public String serverHeader() {
        int[] v = version();
        String versions = v[0] == 1 && v[1] > 1 ? occiVersion + " " + OCCI_1_1 : occiVersion;
        return serverProduct.isBlank() ? versions : serverProduct + " " + versions;
    }

    /** The earlier version whose requests the server also reads. */
    static final String OCCI_1_1 = "OCCI/1.1";

    /** The major and minor version the server speaks. */
    int[] version() {
        String[] parts = occiVersion.substring("OCCI/".length()).split("\\.");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    public ServerSettings withBasePath(String path) {
        return new ServerSettings(path, corsOrigins, absoluteCategoryLocations, maxPageSize, defaultPageSize, maxBodyBytes,
                maxHeaderBytes, serverProduct, occiVersion);
    }
}
