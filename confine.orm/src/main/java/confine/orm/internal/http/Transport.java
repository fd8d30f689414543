package confine.orm.internal.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import confine.orm.ApiOptions;
import confine.orm.ConfineException;
import confine.orm.ResponseStatusException;
import confine.orm.UnreachableException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sends {@link Call}s with the JDK's non-blocking {@link HttpClient}: at most
 * {@link ApiOptions#maxInFlightPerHost()} at once per host (the rest wait without a
 * thread), the session's token on each, idempotent ones retried with a doubling
 * backoff after a 502/503/504 or an I/O error. A status other than the expected ones
 * fails the future with a {@link ResponseStatusException}; an I/O error left after
 * the retries with an {@link UnreachableException}.
 */
public final class Transport {

    private static final Set<Integer> RETRIED_STATUSES = Set.of(502, 503, 504);

    private final ApiOptions options;
    private final ObjectMapper mapper;
    private final HttpClient client;
    private final Map<String, AsyncLimiter> limiters = new ConcurrentHashMap<>();
    private final AtomicReference<String> token = new AtomicReference<>();

    public Transport(ApiOptions options, ObjectMapper mapper) {
        this.options = options;
        this.mapper = mapper;
        // HTTP/1.1: the controller speaks plain http, where an h2c upgrade attempt only costs.
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(options.connectTimeout())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        options.token().ifPresent(token::set);
    }

    public void token(String value) {
        token.set(value);
    }

    public String token() {
        return token.get();
    }

    /** The limiter of the call's host (for reports: its permits and the peak reached). */
    public AsyncLimiter limiter(URI uri) {
        return limiters.computeIfAbsent(hostKey(uri), k -> new AsyncLimiter(options.maxInFlightPerHost()));
    }

    public CompletableFuture<Reply> send(Call call) {
        return attempt(call, 0);
    }

    private CompletableFuture<Reply> attempt(Call call, int retry) {
        AsyncLimiter limiter = limiter(call.uri());
        HttpRequest request;
        try {
            request = request(call);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<HttpResponse<byte[]>> sent = limiter.acquire()
                .thenCompose(permit -> client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()))
                .whenComplete((response, error) -> limiter.release());
        return sent.handle((response, error) -> {
            Throwable cause = unwrap(error);
            boolean canRetry = call.idempotent() && retry < options.maxRetries();
            if (cause != null) {
                if (canRetry && cause instanceof IOException) {
                    return retryLater(call, retry);
                }
                return CompletableFuture.<Reply>failedFuture(failure(call, cause, retry + 1));
            }
            if (canRetry && RETRIED_STATUSES.contains(response.statusCode())) {
                return retryLater(call, retry);
            }
            if (!call.expected().contains(response.statusCode())) {
                return CompletableFuture.<Reply>failedFuture(new ResponseStatusException(call.method(), call.uri(),
                        response.statusCode(), Reasons.of(response.statusCode()), call.expected(), detail(response.body())));
            }
            return CompletableFuture.completedFuture(
                    new Reply(call.uri(), response.statusCode(), response.headers(), response.body()));
        }).thenCompose(f -> f);
    }

    private CompletableFuture<Reply> retryLater(Call call, int retry) {
        long delay = options.retryBackoff().toMillis() << Math.min(retry, 20);
        return CompletableFuture.supplyAsync(() -> null, CompletableFuture.delayedExecutor(delay, TimeUnit.MILLISECONDS))
                .thenCompose(x -> attempt(call, retry + 1));
    }

    private HttpRequest request(Call call) {
        HttpRequest.Builder b = HttpRequest.newBuilder(call.uri())
                .timeout(options.requestTimeout())
                .header("Accept", "application/json");
        String t = token.get();
        if (t != null) {
            b.header("Authorization", "Token " + t);
        }
        if (call.body() != null) {
            b.header("Content-Type", call.contentType());
            b.method(call.method(), call.body().get());
        } else {
            b.method(call.method(), HttpRequest.BodyPublishers.noBody());
        }
        return b.build();
    }

    private static ConfineException failure(Call call, Throwable cause, int attempts) {
        if (cause instanceof ConfineException c) {
            return c;
        }
        if (cause instanceof IOException) {
            String what = cause instanceof HttpTimeoutException ? "timed out" : describe(cause);
            return new UnreachableException(call.uri(), "Cannot reach the CONFINE controller: " + call.method() + " "
                    + call.uri() + " " + what + " (" + attempts + (attempts == 1 ? " attempt" : " attempts")
                    + (call.idempotent() ? "" : "; a " + call.method() + " is never retried") + ")", cause);
        }
        return new ConfineException(call.method() + " " + call.uri() + " failed: " + cause, cause);
    }

    private static String describe(Throwable cause) {
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            Throwable inner = cause.getCause();
            message = inner != null && inner.getMessage() != null ? inner.getMessage() : cause.getClass().getSimpleName();
        }
        return "failed: " + message;
    }

    /** The server's {@code detail}, or its compact error body when it has none. */
    private String detail(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, StandardCharsets.UTF_8).trim();
        try {
            JsonNode json = mapper.readTree(text);
            if (json != null && json.has("detail")) {
                return json.get("detail").asText();
            }
            return json == null ? text : json.toString();
        } catch (IOException e) {
            return text.length() > 500 ? text.substring(0, 500) + "..." : text;
        }
    }

    private static Throwable unwrap(Throwable t) {
        while (t instanceof CompletionException && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static String hostKey(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + ":" + uri.getPort();
    }
}
