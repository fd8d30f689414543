package occi.rendering.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * The stylesheet every page uses, from the configuration: a linked URL, inline CSS of the
 * operator's own, or the built-in default. It also says what the Content-Security-Policy's
 * {@code style-src} must allow for it: the inline CSS by its hash, a linked sheet by its origin.
 *
 * @param url       the linked stylesheet's URL, or {@code null} when the CSS is inline
 * @param css       the inline CSS, or {@code null} when a URL is linked
 * @param styleSrc  the CSP {@code style-src} source expression that admits it
 */
record Stylesheet(String url, String css, String styleSrc) {

    static final String DEFAULT_CSS_RESOURCE = "default.css";

    /** The built-in stylesheet. */
    static Stylesheet builtIn() {
        try (InputStream in = Stylesheet.class.getResourceAsStream(DEFAULT_CSS_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks its " + DEFAULT_CSS_RESOURCE);
            }
            return inline(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The stylesheet a configuration asks for. A URL that is neither http(s) nor a path on
     * this server is refused (reported through {@code warnings}) and the built-in sheet used.
     */
    static Stylesheet of(String url, String css, Consumer<String> warnings) {
        if (url != null && !url.isBlank()) {
            String trimmed = url.trim();
            String origin = originOf(trimmed);
            if (origin != null) {
                return new Stylesheet(trimmed, null, origin);
            }
            warnings.accept("stylesheet.url '" + trimmed + "' is neither an http(s) URL nor a path such as /static/occi.css;"
                    + " the built-in stylesheet is used");
            return builtIn();
        }
        if (css != null && !css.isBlank()) {
            return inline(css);
        }
        return builtIn();
    }

    private static Stylesheet inline(String css) {
        // '<' has no meaning in CSS outside strings, and in strings \3c  means the same: so no
        // configured CSS can close the <style> element and start markup of its own.
        String safe = css.replace("<", "\\3c ");
        return new Stylesheet(null, safe, "'sha256-" + sha256(safe) + "'");
    }

    /** 'self' for a path on this server, scheme://host[:port] for an http(s) URL, else null. */
    private static String originOf(String url) {
        if (url.startsWith("/") && !url.startsWith("//")) {
            return "'self'";
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return scheme + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort());
            }
        } catch (URISyntaxException malformed) {
            return null; // reported by the caller as an unusable URL
        }
        return null;
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
