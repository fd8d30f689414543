package confine.controller.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One kind of resource the controller serves: its names, the shape and defaults of its
 * documents ({@code defaults} also gives the members' order), which members a client may not
 * write, which it must give, which are references (member → target collection) and its actions.
 *
 * @param standard false for a collection added at run time, which accepts any members
 */
public record Kind(String name, String plural, String relPrefix, boolean singleton, boolean standard,
        ObjectNode defaults, Set<String> readOnly, Set<String> createOnly, Set<String> required,
        Map<String, String> references, List<Action> actions) {

    public static final String SERVER_REL = "http://confine-project.eu/rel/server/";
    public static final String CONTROLLER_REL = "http://confine-project.eu/rel/controller/";
    public static final String PROFILE_PREFIX = "http://confine-project.eu/schema/registry/v0/";

    /** An action: POST to {@code <resource>ctl/<urlName>/}, advertised with relation {@code rel}. */
    public record Action(String urlName, String rel) {}

    /** The relation that names the collection (or the singleton) in the base resource's Link header. */
    public String rel() {
        return relPrefix + (singleton ? name : name + "-list");
    }

    /** The media type of one resource of this kind. */
    public String mediaType() {
        return MediaTypes.profiled(PROFILE_PREFIX + name);
    }

    public Optional<Action> action(String urlName) {
        return actions.stream().filter(a -> a.urlName().equals(urlName)).findFirst();
    }

    /** A collection added at run time: any members, references recognised by their URIs. */
    public static Kind added(String name, String plural) {
        ObjectNode defaults = Json.object().putNull("id").putNull("uri");
        return new Kind(name, plural, SERVER_REL, false, false, defaults, Set.of("id", "uri"), Set.of(), Set.of(),
                Map.of(), List.of());
    }
}
