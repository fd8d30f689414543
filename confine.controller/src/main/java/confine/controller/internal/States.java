package confine.controller.internal;

import java.util.List;
import java.util.Optional;

/**
 * The {@code set_state} members and the changes a client may make to them, as the CONFINE
 * controller allows: a node starts in {@code debug}, which only the node itself leaves or
 * enters, and reaches {@code production} only from {@code safe}; a slice starts in
 * {@code register} and moves freely between {@code register}, {@code deploy} and {@code start};
 * a sliver follows its slice ({@code null}) or asks for a state not beyond the slice's.
 */
public final class States {

    public static final List<String> NODE = List.of("debug", "safe", "production", "failure");
    /** In order: a later state is "beyond" an earlier one. */
    public static final List<String> SLICE = List.of("register", "deploy", "start");

    private States() {}

    /** Why a node may not be created in {@code state}, if it may not. */
    public static Optional<String> nodeInitial(String state) {
        return state.equals("debug") ? Optional.empty() : Optional.of("Initial state must be Debug");
    }

    /** Why a client may not move a node from {@code from} to {@code to}, if it may not. */
    public static Optional<String> nodeChange(String from, String to) {
        if (from.equals(to)) {
            return Optional.empty();
        }
        if (from.equals("debug")) {
            return Optional.of("Can not manually exit from Debug state.");
        }
        if (to.equals("debug")) {
            return Optional.of("Can not manually enter to Debug state.");
        }
        if (to.equals("production") && !from.equals("safe")) {
            return Optional.of("Can not make changes nor manually enter to Production state from another state different than Safe.");
        }
        return Optional.empty();
    }

    public static Optional<String> sliceInitial(String state) {
        return state.equals("register") ? Optional.empty() : Optional.of("Initial state must be Register");
    }

    /** Why a sliver may not ask for {@code state} (null: follow the slice) in a slice at {@code sliceState}. */
    public static Optional<String> sliver(String state, String sliceState) {
        if (state == null || SLICE.indexOf(state) <= SLICE.indexOf(sliceState)) {
            return Optional.empty();
        }
        return Optional.of("A sliver can not be set beyond its slice's state (" + sliceState + ").");
    }
}
