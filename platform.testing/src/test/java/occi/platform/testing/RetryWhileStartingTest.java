package occi.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RetryWhileStartingTest {

    /** One scripted answer: status, Retry-After (or null), body. */
    record Answer(int status, String retryAfter, String body) {}

    final Deque<Answer> script = new ArrayDeque<>();
    final AtomicInteger requests = new AtomicInteger();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpServer server;
    URI uri;

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            Answer answer;
            synchronized (script) {
                answer = script.size() > 1 ? script.removeFirst() : script.getFirst();
            }
            if (answer.retryAfter() != null) {
                exchange.getResponseHeaders().add("Retry-After", answer.retryAfter());
            }
            byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/x");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    HttpResponse<String> send(Duration within) throws Exception {
        return RetryWhileStarting.send(http, HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(), within);
    }

    @Test
    void a503IsTriedAgainAfterItsRetryAfter() throws Exception {
        script.add(new Answer(503, "1", "starting"));
        script.add(new Answer(200, null, "up"));
        long start = System.nanoTime();
        HttpResponse<String> response = send(Duration.ofSeconds(30));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("up");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).as("waited as asked").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(requests).hasValue(2);
    }

    @Test
    void theWhiteboardsOwnAnswersWhileDeployingAreTriedAgain() throws Exception {
        script.add(new Answer(404, null, "No service was found."));
        script.add(new Answer(500, null, "java.lang.NullPointerException: incomingObserver"));
        script.add(new Answer(201, null, "created"));
        assertThat(send(Duration.ofSeconds(30)).statusCode()).isEqualTo(201);
        assertThat(requests).hasValue(3);
    }

    @Test
    void theApplicationsOwn404And500AreAnswersNotRetries() throws Exception {
        script.add(new Answer(404, null, "no such resource"));
        assertThat(send(Duration.ofSeconds(30)).statusCode()).isEqualTo(404);
        script.clear();
        script.add(new Answer(500, null, "broken"));
        assertThat(send(Duration.ofSeconds(30)).statusCode()).isEqualTo(500);
        assertThat(requests).hasValue(2);
    }

    @Test
    void theDeadlineBoundsTheWaitEvenWhenRetryAfterIsLonger() throws Exception {
        script.add(new Answer(503, "3600", "registry cannot open"));
        long start = System.nanoTime();
        HttpResponse<String> response = send(Duration.ofMillis(300));
        assertThat(response.statusCode()).as("the last answer, for the test to assert on").isEqualTo(503);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void retryAfterIsSecondsOrAnHttpDate() {
        Instant now = Instant.parse("2026-12-06T12:00:00Z");
        assertThat(RetryWhileStarting.retryAfter("2", now)).isEqualTo(Duration.ofSeconds(2));
        assertThat(RetryWhileStarting.retryAfter("Sun, 06 Dec 2026 12:00:05 GMT", now)).isEqualTo(Duration.ofSeconds(5));
        assertThat(RetryWhileStarting.retryAfter("Sun, 06 Dec 2026 11:00:00 GMT", now)).isZero();
        assertThat(RetryWhileStarting.retryAfter("-1", now)).isNull();
        assertThat(RetryWhileStarting.retryAfter("soon", now)).isNull();
        assertThat(RetryWhileStarting.retryAfter(null, now)).isNull();
    }
}
