package occi.rendering.text;

import java.net.URI;
import java.net.URISyntaxException;

/** Parses one X-OCCI-Location value: a URI reference, absolute or a path, returned as given. */
final class LocationParser {

    private LocationParser() {}

    static String parse(Field field) {
        String location = field.value().trim();
        // some clients wrap it like a Link target
        if (location.startsWith("<") && location.endsWith(">")) {
            location = location.substring(1, location.length() - 1).trim();
        }
        if (location.isEmpty()) {
            throw new Cursor(location, field.where()).error("empty X-OCCI-Location");
        }
        try {
            new URI(location);
        } catch (URISyntaxException e) {
            throw new Cursor(location, field.where()).error("X-OCCI-Location " + location + " is not a URI: " + e.getMessage());
        }
        return location;
    }
}
