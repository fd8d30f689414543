import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Creates N computes in a running OCCI server with {@code POST /compute/}, at most C at a
 * time, and prints the path of the first one created (the benchmark's "one resource").
 * Fails, with the answer, on the first request that does not get 201.
 *
 *   java bench/occi/Load.java http://127.0.0.1:PORT/ N [C=8]
 */
public class Load {

    static final String BODY = "Category: compute; scheme=\"http://schemas.ogf.org/occi/infrastructure#\"; class=\"kind\"\n";

    public static void main(String[] args) throws Exception {
        URI collection = URI.create(args[0]).resolve("/compute/");
        int count = Integer.parseInt(args[1]);
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        HttpClient client = HttpClient.newHttpClient();
        HttpRequest create = HttpRequest.newBuilder(collection).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(BODY)).build();
        Semaphore inFlight = new Semaphore(concurrency);
        AtomicReference<String> first = new AtomicReference<>();
        AtomicReference<String> failure = new AtomicReference<>();
        AtomicInteger done = new AtomicInteger();
        for (int i = 0; i < count && failure.get() == null; i++) {
            inFlight.acquire();
            CompletableFuture<HttpResponse<String>> answer = client.sendAsync(create, HttpResponse.BodyHandlers.ofString());
            answer.whenComplete((response, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error.toString());
                } else if (response.statusCode() != 201) {
                    failure.compareAndSet(null, response.statusCode() + " " + response.body());
                } else {
                    String location = response.headers().firstValue("Location").orElseThrow();
                    first.compareAndSet(null, URI.create(location).getPath());
                    done.incrementAndGet();
                }
                inFlight.release();
            });
        }
        inFlight.acquire(concurrency);
        if (failure.get() != null) {
            System.err.println("create failed after " + done.get() + ": " + failure.get());
            System.exit(1);
        }
        System.out.println(first.get());
    }
}
