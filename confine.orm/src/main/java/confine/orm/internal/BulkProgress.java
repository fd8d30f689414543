package confine.orm.internal;

import confine.orm.Outcome;
import confine.orm.Resource;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Bulk operations that report each member as it is done (succeeded or failed), for the
 * backends that show the progress of a long operation; otherwise the same as
 * {@link confine.orm.BulkOperations#updateAsync} and {@link confine.orm.BulkOperations#invokeAsync}.
 */
public final class BulkProgress {

    private BulkProgress() {}

    /** Updates the fields of every member and saves it; {@code memberDone} runs once per member. */
    public static CompletableFuture<Outcome> update(List<? extends Resource> members, Map<String, ?> fields, Runnable memberDone) {
        return OutcomeImpl.run(members, r -> {
            r.update(fields);
            return r.saveJson().whenComplete((json, failure) -> memberDone.run());
        });
    }

    /** Invokes an action on every member; {@code memberDone} runs once per member. */
    public static CompletableFuture<Outcome> invoke(List<? extends Resource> members, String action, Object body, Runnable memberDone) {
        return OutcomeImpl.run(members, r -> r.actionAsync(action).thenCompose(a -> a.callAsync(body))
                .whenComplete((json, failure) -> memberDone.run()));
    }
}
