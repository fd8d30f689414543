package occi.infrastructure;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import occi.api.Action;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.OcciException;

/**
 * The life cycle of one infrastructure kind as a table: the attribute that holds the
 * state, the states it may take, the state a new entity starts in, and one row per
 * (state, action) pair that is allowed, with the state the action leads to. An action
 * that has no row for the entity's current state is not applicable: the server answers
 * 400 and renders no action link for it.
 *
 * <p>The tables are data any backend can query, so a real resource manager enforces the
 * same rules as the simulated one without restating them:
 *
 * <pre>
 * StateMachine machine = Compute.STATES;
 * if (machine.applicable(Compute.START.id(), vm)) {
 *     String next = machine.next(Compute.START.id(), vm).orElseThrow();   // "active"
 *     vm = machine.moveTo(vm, next);
 * }
 * </pre>
 *
 * <p>An entity without a state attribute (stored before a default was filled in) is
 * taken to be in the {@linkplain #initialState() initial state}.
 */
public final class StateMachine {

    /**
     * One row of a state table: in state {@code from}, {@code action} is applicable and
     * leads to state {@code to} ({@code to} equals {@code from} for actions that keep the
     * state, such as {@code save} or {@code restart}).
     */
    public record Transition(String from, CategoryId action, String to) {
        public Transition {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(action, "action");
            Objects.requireNonNull(to, "to");
        }
    }

    private final CategoryId kind;
    private final String stateAttribute;
    private final String messageAttribute;
    private final List<String> states;
    private final String initialState;
    private final String errorState;
    private final List<Transition> transitions;
    private final Map<CategoryId, Map<String, Transition>> byAction;

    private StateMachine(Builder builder) {
        this.kind = builder.kind;
        this.stateAttribute = builder.stateAttribute;
        this.messageAttribute = builder.stateAttribute + ".message";
        this.states = List.copyOf(builder.states);
        this.initialState = builder.initialState;
        this.errorState = builder.errorState;
        this.transitions = List.copyOf(builder.transitions);
        Map<CategoryId, Map<String, Transition>> index = new LinkedHashMap<>();
        for (Transition row : transitions) {
            if (!states.contains(row.from()) || !states.contains(row.to())) {
                throw new IllegalArgumentException(row + " names a state that is not one of " + states);
            }
            Transition clash = index.computeIfAbsent(row.action(), a -> new LinkedHashMap<>()).put(row.from(), row);
            if (clash != null) {
                throw new IllegalArgumentException("two rows for " + row.action() + " in state " + row.from());
            }
        }
        index.replaceAll((action, rows) -> Map.copyOf(rows));
        this.byAction = Collections.unmodifiableMap(index); // table order, for actions()
        if (!states.contains(initialState) || !states.contains(errorState)) {
            throw new IllegalArgumentException("initial and error states must be among " + states);
        }
    }

    /** Starts a table for a kind whose state lives in {@code stateAttribute}. */
    public static Builder builder(CategoryId kind, String stateAttribute) {
        return new Builder(kind, stateAttribute);
    }

    /** The kind whose life cycle this is. */
    public CategoryId kind() {
        return kind;
    }

    /** The attribute holding the state, e.g. {@code occi.compute.state}. */
    public String stateAttribute() {
        return stateAttribute;
    }

    /** The attribute explaining the state to a human, e.g. {@code occi.compute.state.message}. */
    public String messageAttribute() {
        return messageAttribute;
    }

    /** Every state, in the order the specification lists them. */
    public List<String> states() {
        return states;
    }

    /** The state a newly created entity is in. */
    public String initialState() {
        return initialState;
    }

    /** The state a resource manager reports a failure with; no action leads to it. */
    public String errorState() {
        return errorState;
    }

    /** Every row of the table. */
    public List<Transition> transitions() {
        return transitions;
    }

    /** The actions this table governs, in the order their first rows appear. */
    public Set<CategoryId> actions() {
        return byAction.keySet().stream().collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Whether the table governs this action at all. */
    public boolean governs(CategoryId action) {
        return byAction.containsKey(action);
    }

    /** The states in which an action is applicable. */
    public Set<String> applicableIn(CategoryId action) {
        return byAction.getOrDefault(action, Map.of()).keySet().stream()
                .sorted((a, b) -> Integer.compare(states.indexOf(a), states.indexOf(b)))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The entity's current state (the initial state when it has none). */
    public String state(Entity entity) {
        Object state = entity.attributes().get(stateAttribute);
        return state == null ? initialState : state.toString();
    }

    /** The row for an action in a given state, if the action is applicable there. */
    public Optional<Transition> transition(CategoryId action, String state) {
        return Optional.ofNullable(byAction.getOrDefault(action, Map.of()).get(state));
    }

    /** The row for an action on an entity as it is now, if the action is applicable. */
    public Optional<Transition> transition(CategoryId action, Entity entity) {
        return transition(action, state(entity));
    }

    /** Whether the action may be invoked on the entity in its current state. */
    public boolean applicable(CategoryId action, Entity entity) {
        return transition(action, entity).isPresent();
    }

    /** Whether the action may be invoked on the entity in its current state. */
    public boolean applicable(Action action, Entity entity) {
        return applicable(action.id(), entity);
    }

    /** The state the action leads the entity to, or empty when it is not applicable now. */
    public Optional<String> next(CategoryId action, Entity entity) {
        return transition(action, entity).map(Transition::to);
    }

    /** The state the action leads the entity to, or empty when it is not applicable now. */
    public Optional<String> next(Action action, Entity entity) {
        return next(action.id(), entity);
    }

    /** The actions applicable to the entity now, in table order. */
    public Set<CategoryId> applicableActions(Entity entity) {
        String state = state(entity);
        Set<CategoryId> applicable = new LinkedHashSet<>();
        byAction.forEach((action, rows) -> {
            if (rows.containsKey(state)) {
                applicable.add(action);
            }
        });
        return applicable;
    }

    /**
     * The row for the action on the entity, or a 400 {@link OcciException} whose message
     * names the current state and the states where the action would be applicable.
     */
    public Transition require(CategoryId action, Entity entity) {
        String state = state(entity);
        return transition(action, state).orElseThrow(() -> OcciException.badRequest("action " + action.term()
                + " is not applicable to " + kind.term() + " in state " + state
                + (governs(action) ? " (applicable in: " + String.join(", ", applicableIn(action)) + ")" : "")));
    }

    /** The same entity in another state, with the state message cleared. */
    public Entity moveTo(Entity entity, String state) {
        return withState(entity, state, null);
    }

    /**
     * The same entity in another state with a message explaining it ({@code null} clears
     * the message), e.g. {@code withState(vm, Compute.ERROR, "hypervisor unreachable")}.
     */
    public Entity withState(Entity entity, String state, String message) {
        if (!states.contains(state)) {
            throw new IllegalArgumentException("'" + state + "' is not a state of " + kind.term() + ": " + states);
        }
        Map<String, Object> attributes = new LinkedHashMap<>(entity.attributes());
        attributes.put(stateAttribute, state);
        if (message == null) {
            attributes.remove(messageAttribute);
        } else {
            attributes.put(messageAttribute, message);
        }
        return entity.withAttributes(attributes);
    }

    /** Performs a row's state change on the entity (the row's {@code from} must be its state). */
    public Entity apply(Transition row, Entity entity) {
        if (!row.from().equals(state(entity))) {
            throw new IllegalStateException(row + " does not start from the entity's state " + state(entity));
        }
        return moveTo(entity, row.to());
    }

    @Override
    public String toString() {
        return "StateMachine[" + kind + ", " + stateAttribute + ", " + transitions.size() + " rows]";
    }

    /** Collects the states and rows of a table. */
    public static final class Builder {
        private final CategoryId kind;
        private final String stateAttribute;
        private final List<String> states = new ArrayList<>();
        private final List<Transition> transitions = new ArrayList<>();
        private String initialState;
        private String errorState;

        private Builder(CategoryId kind, String stateAttribute) {
            this.kind = Objects.requireNonNull(kind, "kind");
            this.stateAttribute = Objects.requireNonNull(stateAttribute, "stateAttribute");
        }

        /** The states, in the specification's order. */
        public Builder states(String... names) {
            states.addAll(List.of(names));
            return this;
        }

        public Builder initial(String state) {
            this.initialState = state;
            return this;
        }

        public Builder error(String state) {
            this.errorState = state;
            return this;
        }

        /** Rows: in each of the {@code from} states, {@code action} leads to {@code to}. */
        public Builder on(Action action, String to, String... from) {
            for (String state : from) {
                transitions.add(new Transition(state, action.id(), to));
            }
            return this;
        }

        /** Rows: in each of the {@code in} states, {@code action} keeps the state. */
        public Builder keeping(Action action, String... in) {
            for (String state : in) {
                transitions.add(new Transition(state, action.id(), state));
            }
            return this;
        }

        public StateMachine build() {
            return new StateMachine(this);
        }
    }
}
