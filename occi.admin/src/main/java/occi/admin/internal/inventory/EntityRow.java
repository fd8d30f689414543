package occi.admin.internal.inventory;

import java.net.URI;
import java.util.List;

/** An entity as the listings show it: where it is, its kind and the mixins it is tagged with (type identifiers). */
public record EntityRow(URI url, String kind, List<String> mixins) {

    /** The path of its URL: what a browser on the console's host opens. */
    public String path() {
        return url.getRawPath();
    }
}
