package confine.orm;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A typed view of a CONFINE sliver ({@code /slivers/<id>/}): the part of a slice on one node.
 * {@code node.related("slivers").list().get(0).as(Sliver.class).slice().name()}.
 */
public interface Sliver extends Resource {

    long id();

    String description();

    Slice slice();

    Node node();

    /** The state asked for this sliver, or null: it follows its slice. */
    String setState();

    /** Its own template, or null: the slice's. */
    Template template();

    /** The network interfaces, each an object with {@code type}, {@code name} and {@code parent}. */
    JsonNode interfaces();

    String overlayUri();

    String overlaySha256();

    String expDataUri();

    String expDataSha256();

    Sliver description(String description);

    Sliver setState(String state);
}
