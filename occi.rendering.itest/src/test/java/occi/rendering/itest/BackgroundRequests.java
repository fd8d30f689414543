package occi.rendering.itest;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps sending one request, one after another, on a thread of its own while a test
 * changes the container, and records every answer that is not the expected status. The
 * loop is bounded in count and time and stops by itself.
 */
final class BackgroundRequests implements AutoCloseable {

    static final long MAX_REQUESTS = 50_000;
    static final Duration MAX_TIME = Duration.ofMinutes(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final HttpRequest request;
    private final int expected;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final AtomicLong sent = new AtomicLong();
    private final List<String> failures = new CopyOnWriteArrayList<>();
    private final Thread thread;

    BackgroundRequests(URI uri, String accept, int expected) {
        this.request = HttpRequest.newBuilder(uri).header("Accept", accept).timeout(Duration.ofSeconds(10)).build();
        this.expected = expected;
        this.thread = new Thread(this::loop, "background-requests");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        long deadline = System.nanoTime() + MAX_TIME.toNanos();
        while (running.get() && sent.get() < MAX_REQUESTS && System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                sent.incrementAndGet();
                if (response.statusCode() != expected) {
                    failures.add(response.statusCode() + ": " + response.body());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                sent.incrementAndGet();
                failures.add(e.toString());
            }
        }
    }

    long sent() {
        return sent.get();
    }

    List<String> failures() {
        return List.copyOf(failures);
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        thread.join(TimeUnit.SECONDS.toMillis(15));
    }
}
