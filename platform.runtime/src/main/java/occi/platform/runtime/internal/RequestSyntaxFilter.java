package occi.platform.runtime.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardFilterPattern;

/**
 * Refuses, with a short 4xx in plain text, requests whose syntax the layers below would
 * otherwise fail on with a 500 and a stack trace in the log: a broken percent-escape in the
 * path or query ({@code ?q=%zz}: CXF decodes the query for every JAX-RS resource, and throws),
 * a {@code Content-Length} that is not a count of bytes ({@code -1} was read as 0, leaving a
 * pipelined request's body to be taken for the next request), a charset the JVM does not know
 * ({@code charset=x-bogus}), and a path longer than {@value #MAX_PATH} characters. On every
 * servlet context, before anything else: the OCCI server, {@code /system/status}, the local
 * CONFINE controller and the web console.
 */
@Component(service = Filter.class, property = "service.ranking:Integer=" + RequestSyntaxFilter.RANKING)
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=*)")
@HttpWhiteboardFilterPattern("/*")
public class RequestSyntaxFilter implements Filter {

    /** Before every other filter. */
    static final int RANKING = Integer.MAX_VALUE - 100;
    /** The longest path served; longer ones are 414 (a location is at most this long in every registry). */
    static final int MAX_PATH = 2048;

    private static final Pattern CONTENT_LENGTH = Pattern.compile("[0-9]{1,18}");
    private static final Pattern CHARSET = Pattern.compile(";\\s*charset\\s*=\\s*\"?([^\";\\s]*)\"?", Pattern.CASE_INSENSITIVE);

    /** A refusal: the status and what the client is told. */
    record Refusal(int status, String message, boolean closeConnection) {}

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse out) {
            Optional<Refusal> refusal = check(http.getRequestURI(), http.getQueryString(),
                    Collections.list(http.getHeaders("Content-Length")), http.getContentType());
            if (refusal.isPresent()) {
                refuse(out, refusal.get());
                return;
            }
        }
        chain.doFilter(request, response);
    }

    /** What is wrong with a request, if anything; the parts as the client sent them (path and query still escaped). */
    static Optional<Refusal> check(String rawPath, String rawQuery, List<String> contentLengths, String contentType) {
        if (rawPath != null && rawPath.length() > MAX_PATH) {
            return Optional.of(new Refusal(414, "the request's path is longer than " + MAX_PATH + " characters", false));
        }
        String badPath = badEscape(rawPath);
        if (badPath != null) {
            return Optional.of(new Refusal(400, "the request's path has a malformed percent-escape: " + badPath, false));
        }
        String badQuery = badEscape(rawQuery);
        if (badQuery != null) {
            return Optional.of(new Refusal(400, "the request's query has a malformed percent-escape: " + badQuery, false));
        }
        for (String length : contentLengths) {
            if (!CONTENT_LENGTH.matcher(length.trim()).matches()) {
                return Optional.of(new Refusal(400, "Content-Length must be a number of bytes, not " + shown(length), true));
            }
        }
        if (contentLengths.stream().map(String::trim).distinct().count() > 1) {
            return Optional.of(new Refusal(400, "the request has differing Content-Length headers", true));
        }
        if (contentType != null) {
            Matcher charset = CHARSET.matcher(contentType);
            if (charset.find() && !supported(charset.group(1))) {
                return Optional.of(new Refusal(415, "the charset " + shown(charset.group(1)) + " of the request's Content-Type is not supported",
                        false));
            }
        }
        return Optional.empty();
    }

    private static boolean supported(String charset) {
        try {
            return !charset.isEmpty() && Charset.isSupported(charset);
        } catch (IllegalCharsetNameException e) {
            return false;
        }
    }

    /** The first percent sign not followed by two hex digits, with what follows it; {@code null} if every escape is whole. */
    private static String badEscape(String raw) {
        if (raw == null) {
            return null;
        }
        for (int i = raw.indexOf('%'); i >= 0; i = raw.indexOf('%', i + 1)) {
            if (i + 2 >= raw.length() || Character.digit(raw.charAt(i + 1), 16) < 0 || Character.digit(raw.charAt(i + 2), 16) < 0) {
                return shown(raw.substring(i, Math.min(raw.length(), i + 3)));
            }
        }
        return null;
    }

    /** A client's text in a message: quoted, cut short, control characters replaced. */
    private static String shown(String text) {
        return ClientText.quoted(text, 40);
    }

    private static void refuse(HttpServletResponse response, Refusal refusal) throws IOException {
        byte[] body = (refusal.message() + "\n").getBytes(StandardCharsets.UTF_8);
        response.setStatus(refusal.status());
        response.setContentType("text/plain; charset=utf-8");
        if (refusal.closeConnection()) {
            // the body's end is unknown: what follows on this connection cannot be read as the next request
            response.setHeader("Connection", "close");
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
