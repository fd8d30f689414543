package confine.orm.internal;

import com.fasterxml.jackson.databind.JsonNode;
import confine.orm.Outcome;
import confine.orm.PartialFailureException;
import confine.orm.Resource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** The results of one bulk operation, and how to run one: every member at once, each failure kept. */
final class OutcomeImpl implements Outcome {

    private static final int FAILURES_SHOWN = 10;

    private final Map<Resource, JsonNode> successes;
    private final Map<Resource, Throwable> failures;

    private OutcomeImpl(Map<Resource, JsonNode> successes, Map<Resource, Throwable> failures) {
        this.successes = Collections.unmodifiableMap(successes);
        this.failures = Collections.unmodifiableMap(failures);
    }

    /** Starts {@code operation} on every member at once (the transport bounds what is in flight) and completes when all are done. */
    static CompletableFuture<Outcome> run(List<? extends Resource> members,
            Function<ResourceImpl, CompletableFuture<JsonNode>> operation) {
        List<CompletableFuture<JsonNode>> futures = new ArrayList<>(members.size());
        for (Resource member : members) {
            CompletableFuture<JsonNode> f;
            try {
                f = operation.apply((ResourceImpl) member);
            } catch (RuntimeException e) {
                f = CompletableFuture.failedFuture(e);
            }
            futures.add(f);
        }
        return CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).handle((x, e) -> {
            Map<Resource, JsonNode> ok = new LinkedHashMap<>();
            Map<Resource, Throwable> failed = new LinkedHashMap<>();
            for (int i = 0; i < members.size(); i++) {
                CompletableFuture<JsonNode> f = futures.get(i);
                try {
                    ok.put(members.get(i), f.join());
                } catch (RuntimeException error) {
                    failed.put(members.get(i), Session.unwrap(error));
                }
            }
            return new OutcomeImpl(ok, failed);
        });
    }

    @Override
    public Map<Resource, JsonNode> successes() {
        return successes;
    }

    @Override
    public Map<Resource, Throwable> failures() {
        return failures;
    }

    @Override
    public boolean ok() {
        return failures.isEmpty();
    }

    @Override
    public int size() {
        return successes.size() + failures.size();
    }

    @Override
    public Outcome orThrow() {
        if (!ok()) {
            throw new PartialFailureException(this);
        }
        return this;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        b.append(successes.size()).append(" succeeded, ").append(failures.size()).append(" failed");
        int shown = 0;
        for (Map.Entry<Resource, Throwable> f : failures.entrySet()) {
            if (shown++ == FAILURES_SHOWN) {
                b.append("\n  ... and ").append(failures.size() - FAILURES_SHOWN).append(" more");
                break;
            }
            b.append("\n  ").append(f.getKey().uri()).append(": ").append(f.getValue().getMessage());
        }
        return b.toString();
    }
}
