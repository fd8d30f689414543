package confine.orm;

import java.util.List;

/** A typed view of a CONFINE template ({@code /templates/<id>/}): a sliver's operating system image. */
public interface Template extends Resource {

    long id();

    String name();

    String description();

    /** The image's type, e.g. {@code debian}, {@code openwrt}. */
    String type();

    /** The node architectures the image runs on, e.g. {@code i686}, {@code x86_64}. */
    default List<String> nodeArchs() {
        return Views.strings(get("node_archs"));
    }

    boolean isActive();

    String imageUri();

    String imageSha256();
}
