package occi.rendering.html;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Mixin;

/**
 * An entity's states as coloured badges. A state is what the model declares as one: an
 * attribute of the entity's kind (with its ancestors) or mixins whose values are a closed
 * set (an enum) and whose name says state ({@code occi.compute.state},
 * {@code occi.storagelink.state}, {@code confine.node.set_state}); not any attribute of the
 * entity that happens to be so named. The colour is one of four tones (good, idle, warning,
 * error, and neutral for a value it does not know); the badge always says the value in words
 * and its title names the attribute (and the state message when there is one), so colour is
 * never the only signal.
 */
final class StateBadges {

    /** The tone class of each value known, by the meaning the infrastructure and CONFINE give it. */
    private static final Map<String, String> TONES = tones();

    private final ModelView model;
    /** Per page: a listing's members mostly share their categories. */
    private final Map<List<CategoryId>, List<String>> declared = new HashMap<>();

    StateBadges(ModelView model) {
        this.model = model;
    }

    private static Map<String, String> tones() {
        Map<String, String> tones = new HashMap<>();
        for (String ok : List.of("active", "online", "production", "start", "started", "running", "up", "deployed")) {
            tones.put(ok, "ok");
        }
        for (String idle : List.of("inactive", "offline", "register", "registered", "stopped", "down", "unknown")) {
            tones.put(idle, "idle");
        }
        for (String warn : List.of("suspended", "degraded", "safe", "debug", "deploy", "backup", "snapshot", "resize", "pending")) {
            tones.put(warn, "warn");
        }
        for (String error : List.of("error", "failure", "failed", "crashed", "fail_alloc", "fail_deploy", "fail_start")) {
            tones.put(error, "error");
        }
        return Map.copyOf(tones);
    }

    /** The tone of a state value: {@code ok}, {@code idle}, {@code warn}, {@code error} or {@code other}. */
    static String tone(String value) {
        String key = value.toLowerCase(Locale.ROOT);
        String tone = TONES.get(key);
        if (tone == null && key.startsWith("fail")) {
            return "error";
        }
        return tone == null ? "other" : tone;
    }

    /** Whether the model declares this attribute as a state (see the class comment). */
    static boolean isState(AttributeDefinition definition) {
        if (definition.type() != AttributeType.ENUM) {
            return false;
        }
        String name = definition.name();
        String last = name.substring(name.lastIndexOf('.') + 1);
        return last.equals("state") || last.endsWith("_state");
    }

    /** The names of the state attributes of an entity of this kind with these mixins. */
    List<String> stateAttributes(Kind kind, List<Mixin> mixins) {
        List<CategoryId> key = new java.util.ArrayList<>();
        key.add(kind.id());
        mixins.forEach(m -> key.add(m.id()));
        return declared.computeIfAbsent(key, k -> model.entityAttributes(kind, mixins).values().stream()
                .filter(StateBadges::isState).map(AttributeDefinition::name).toList());
    }

    /** Writes one badge per state the entity has a value for; returns how many. */
    int write(HtmlWriter html, Entity entity, Kind kind, List<Mixin> mixins) throws IOException {
        Map<String, Object> attributes = entity.attributes();
        int written = 0;
        for (String name : stateAttributes(kind, mixins)) {
            Object value = attributes.get(name);
            if (value == null) {
                continue;
            }
            String text = String.valueOf(value);
            Object message = attributes.get(name + ".message");
            String title = name + ": " + text + (message == null || String.valueOf(message).isBlank() ? "" : " (" + message + ")");
            if (written > 0) {
                html.trusted(" ");
            }
            html.element("span", text, "class", "state state-" + tone(text), "title", title, "data-state", name);
            written++;
        }
        return written;
    }

    /** For tests: the tone classes there are. */
    static Set<String> toneClasses() {
        return Set.of("ok", "idle", "warn", "error", "other");
    }
}
