package occi.admin.itest;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.osgi.framework.BundleContext;

/** The container over HTTP: the OCCI server at its root, the web console with the configured login. */
final class Console {

    static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final Pattern ROW = Pattern.compile("<tr[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL);

    final URI base;
    final String username;
    final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Console(URI base, BundleContext context) {
        this.base = base;
        this.username = context.getProperty("felix.webconsole.username");
        this.password = context.getProperty("felix.webconsole.password");
    }

    URI page() {
        return base.resolve("system/console/occi");
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    HttpRequest.Builder authenticated(URI uri) {
        String pair = username + ":" + password;
        return HttpRequest.newBuilder(uri).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(UTF_8)));
    }

    /** The OCCI page's HTML, once the console serves it (it registers plugins asynchronously). */
    String loadPage() throws Exception {
        HttpResponse<String>[] last = new HttpResponse[1];
        until("the console serves the OCCI page", () -> (last[0] = send(authenticated(page()))).statusCode() == 200);
        return last[0].body();
    }

    /** The OCCI page with query parameters (a filter, a page), once the console serves it. */
    String loadPage(String query) throws Exception {
        HttpResponse<String>[] last = new HttpResponse[1];
        URI uri = URI.create(page() + "?" + query);
        until("the console serves the OCCI page", () -> (last[0] = send(authenticated(uri))).statusCode() == 200);
        return last[0].body();
    }

    /** Posts a form to the OCCI page, as its buttons do. */
    HttpResponse<String> postForm(Map<String, String> fields, String origin) throws Exception {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), UTF_8) + "=" + URLEncoder.encode(e.getValue(), UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest.Builder request = authenticated(page()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (origin != null) {
            request.header("Origin", origin);
        }
        return send(request);
    }

    /** An OCCI request in the text/plain rendering. */
    HttpResponse<String> occi(String method, String path, String body, String accept) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Accept", accept);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "text/plain").method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return send(request);
    }

    /** Creates a compute resource; returns its path. */
    String createCompute(String title) throws Exception {
        HttpResponse<String> created = occi("POST", "compute/",
                "Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"\n"
                        + "X-OCCI-Attribute: occi.core.title=\"" + title + "\"\n", "text/plain");
        if (created.statusCode() != 201) {
            throw new AssertionError("creating a compute answered " + created.statusCode() + " " + created.body());
        }
        return URI.create(created.headers().firstValue("Location").orElseThrow()).getPath();
    }

    /** The cells of every body row of the page's table with that id, tags stripped and entities decoded. */
    static List<List<String>> table(String html, String id) {
        int start = html.indexOf("id='" + id + "'");
        if (start < 0) {
            throw new AssertionError("no table " + id + " on the page");
        }
        int end = html.indexOf("</table>", start);
        String body = html.substring(html.indexOf("<tbody>", start), end);
        List<List<String>> rows = new ArrayList<>();
        Matcher row = ROW.matcher(body);
        while (row.find()) {
            List<String> cells = new ArrayList<>();
            Matcher cell = CELL.matcher(row.group(1));
            while (cell.find()) {
                cells.add(text(cell.group(1)));
            }
            rows.add(cells);
        }
        return rows;
    }

    static String text(String html) {
        return html.replaceAll("<[^>]+>", "").replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    static void until(String what, Callable<Boolean> condition) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.call()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + TIMEOUT + ": " + what);
            }
            LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
        }
    }
}
