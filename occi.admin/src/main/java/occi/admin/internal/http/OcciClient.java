package occi.admin.internal.http;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Dictionary;
import java.util.List;
import occi.admin.internal.AdminConfig;
import occi.admin.internal.stats.StatusCountingFilter;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime;
import org.osgi.service.jaxrs.runtime.JaxrsServiceRuntimeConstants;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.util.converter.Converters;

/**
 * The OCCI server's own HTTP API, called on loopback, so that every change an
 * administrator makes goes through the server and its backends like any client's.
 * The base URL is the configured one, or the JAX-RS runtime's endpoint followed by the
 * server's configured base path.
 */
@Component(service = OcciClient.class, configurationPid = AdminConfig.PID)
@Designate(ocd = AdminConfig.class)
public class OcciClient {

    static final String SERVER_PID = "occi.server";
    static final String USER_AGENT = StatusCountingFilter.OWN_AGENT + "0.1";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ServiceReference<JaxrsServiceRuntime> runtime;
    private volatile AdminConfig config;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ConfigurationAdmin configurationAdmin;

    @Activate
    public OcciClient(@Reference(service = JaxrsServiceRuntime.class) ServiceReference<JaxrsServiceRuntime> runtime,
            AdminConfig config) {
        this.runtime = runtime;
        this.config = config;
    }

    @Modified
    void modified(AdminConfig newConfig) {
        this.config = newConfig;
    }

    /** The settings in use. */
    public AdminConfig config() {
        return config;
    }

    /** The OCCI server's base URL, ending in '/'. */
    public URI base() {
        String configured = config.server_url().strip();
        if (!configured.isEmpty()) {
            return URI.create(configured.endsWith("/") ? configured : configured + "/");
        }
        URI endpoint = URI.create(endpoint());
        String basePath = serverBasePath().replaceAll("^/+", "");
        return endpoint.resolve(basePath.isEmpty() || basePath.endsWith("/") ? basePath : basePath + "/");
    }

    /** A location (a path below the base, an absolute path or a URL) as a URL of the server. */
    public URI resolve(String location) {
        URI base = base();
        if (location.contains("://")) {
            return URI.create(location);
        }
        if (location.startsWith("/") && !base.getPath().equals("/") && location.startsWith(base.getPath())) {
            return base.resolve(location);  // already below the base path
        }
        return base.resolve(location.replaceAll("^/+", ""));
    }

    public Reply get(String location, String accept) {
        return send(request(location).header("Accept", accept).GET());
    }

    public Reply delete(String location) {
        return send(request(location).header("Accept", "text/plain").DELETE());
    }

    /** POSTs a text/plain OCCI body. */
    public Reply post(String location, String textPlainBody) {
        return send(request(location).header("Accept", "text/plain").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(textPlainBody, UTF_8)));
    }

    /** Untags an entity: DELETE on the mixin's location with the entity's URL in the body. */
    public Reply untag(String mixinLocation, String entityLocation) {
        String body = "X-OCCI-Location: " + resolve(entityLocation) + "\n";
        return send(request(mixinLocation).header("Accept", "text/plain").header("Content-Type", "text/plain")
                .method("DELETE", HttpRequest.BodyPublishers.ofString(body, UTF_8)));
    }

    /** Every entity location listed at a collection, paging with the configured page size. */
    public List<URI> list(String collection) {
        List<URI> all = new ArrayList<>();
        int number = config.page_size();
        for (int page = 1; ; page++) {
            String separator = collection.contains("?") ? "&" : "?";
            Reply reply = get(collection + separator + "number=" + number + "&page=" + page, "text/uri-list");
            if (!reply.ok()) {
                throw new OcciServerException("GET " + collection + " answered " + reply.message());
            }
            int before = all.size();
            reply.body().lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(URI::create).forEach(all::add);
            if (all.size() - before < number) {
                return all;
            }
        }
    }

    private HttpRequest.Builder request(String location) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(resolve(location))
                .timeout(Duration.ofSeconds(config.timeout_seconds())).header("User-Agent", USER_AGENT);
        AdminConfig settings = config;
        if (!settings.username().isEmpty()) {
            String pair = settings.username() + ":" + settings.password();
            builder.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(UTF_8)));
        }
        return builder;
    }

    private Reply send(HttpRequest.Builder builder) {
        HttpRequest request = builder.build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(UTF_8));
            return new Reply(response.statusCode(), response.headers(), response.body(),
                    credentialsHint(response.statusCode(), config.username()));
        } catch (IOException e) {
            throw new OcciServerException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OcciServerException(request.method() + " " + request.uri() + " was interrupted", e);
        }
    }

    /**
     * For a 401: the tools call the server with the credentials of their own configuration,
     * which the administrator may not know exists (a bare "401" says nothing about it).
     */
    static String credentialsHint(int status, String username) {
        if (status != 401) {
            return "";
        }
        String where = "in the configuration " + AdminConfig.PID + " (conf/" + AdminConfig.PID + ".cfg or the web console's "
                + "OSGi > Configuration > OCCI administration)";
        if (username == null || username.isEmpty()) {
            return "the server requires credentials (occi.security mode ON, or a listener beyond loopback) and "
                    + AdminConfig.PID + " has none: set 'username' and 'password' of an occi.security.user " + where;
        }
        return "the server refused the user '" + username + "' that " + AdminConfig.PID + " calls it as: check 'username' and "
                + "'password' " + where + " against that user's occi.security.user configuration";
    }

    private String endpoint() {
        List<String> endpoints = java.util.Arrays.stream(Converters.standardConverter()
                .convert(runtime.getProperty(JaxrsServiceRuntimeConstants.JAX_RS_SERVICE_ENDPOINT)).to(String[].class))
                .filter(e -> !e.isBlank()).toList();
        if (endpoints.isEmpty()) {
            throw new OcciServerException("the JAX-RS runtime announces no endpoint; set server.url in " + AdminConfig.PID);
        }
        // loopback first: the tools run beside the server
        String chosen = endpoints.stream().filter(e -> e.contains("://127.0.0.1") || e.contains("://localhost")
                || e.contains("://[::1]")).findFirst().orElse(endpoints.get(0));
        return chosen.endsWith("/") ? chosen : chosen + "/";
    }

    private String serverBasePath() {
        ConfigurationAdmin admin = configurationAdmin;
        if (admin == null) {
            return "/";
        }
        try {
            Configuration[] found = admin.listConfigurations("(" + Constants.SERVICE_PID + "=" + SERVER_PID + ")");
            if (found != null && found.length > 0) {
                Dictionary<String, Object> properties = found[0].getProperties();
                Object basePath = properties == null ? null : properties.get("base.path");
                if (basePath != null && !String.valueOf(basePath).isBlank()) {
                    return String.valueOf(basePath).strip();
                }
            }
            return "/";
        } catch (IOException | InvalidSyntaxException e) {
            throw new OcciServerException("cannot read the configuration " + SERVER_PID + ": " + e, e);
        }
    }
}
