package occi.admin.internal.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the action links of an entity's text/plain rendering: {@code Link: <...?action=term>; rel="type id"}. */
final class ActionLinks {

    private static final Pattern ACTION_LINK = Pattern.compile("^Link:\\s*<[^>]*\\?action=([^>&]+)>\\s*;\\s*rel=\"([^\"]+)\"",
            Pattern.MULTILINE);

    private ActionLinks() {
    }

    /** The type identifiers of the actions the entity links whose term is the one given, in rendering order. */
    static List<String> typeIds(String textPlainEntity, String term) {
        Matcher link = ACTION_LINK.matcher(textPlainEntity);
        List<String> found = new ArrayList<>();
        while (link.find()) {
            if (link.group(1).equals(term)) {
                found.add(link.group(2));
            }
        }
        return List.copyOf(found);
    }
}
