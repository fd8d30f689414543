package occi.rendering.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import occi.api.Link;
import occi.api.rendering.EntityView;

/**
 * Streams a listing as {@code {"resources": [...], "links": [...]}} (an OCCI
 * {@code entity_collection}; a kind's listing has one of the two arrays), writing each
 * entity as the iterator yields it and keeping none.
 *
 * <p>JSON cannot interleave the two arrays, so in a listing that mixes resources and
 * links the kind met first goes straight out and the other is held back in a
 * {@link SpillBuffer} (memory, then a temporary file) until the first array closes. An
 * empty listing is {@code {}}: the schema allows neither array to be empty.
 */
final class CollectionWriter {

    private final JsonFactory factory;
    private final ModelWriter writer;
    private final int memoryLimit;

    CollectionWriter(JsonFactory factory, ModelWriter writer, int memoryLimit) {
        this.factory = factory;
        this.writer = writer;
        this.memoryLimit = memoryLimit;
    }

    void write(JsonGenerator out, Iterator<EntityView> entities) throws IOException {
        out.writeStartObject();
        if (!entities.hasNext()) {
            out.writeEndObject();
            return;
        }
        EntityView first = entities.next();
        boolean linksFirst = isLink(first);
        SpillBuffer heldBack = null;
        JsonGenerator heldBackOut = null;
        try {
            out.writeArrayFieldStart(linksFirst ? "links" : "resources");
            writer.entity(out, first);
            while (entities.hasNext()) {
                EntityView next = entities.next();
                if (isLink(next) == linksFirst) {
                    writer.entity(out, next);
                } else {
                    if (heldBackOut == null) {
                        heldBack = new SpillBuffer(memoryLimit);
                        heldBackOut = factory.createGenerator(heldBack);
                    }
                    writer.entity(heldBackOut, next); // one root-level object after another
                }
            }
            out.writeEndArray();
            if (heldBackOut != null) {
                heldBackOut.close();
                out.writeArrayFieldStart(linksFirst ? "resources" : "links");
                copy(heldBack, out);
                out.writeEndArray();
            }
        } finally {
            if (heldBack != null) {
                heldBack.discard();
            }
        }
        out.writeEndObject();
    }

    /** Replays the held-back objects into the open array, event by event, numbers exactly as written. */
    private void copy(SpillBuffer heldBack, JsonGenerator out) throws IOException {
        try (InputStream in = heldBack.read(); JsonParser parser = factory.createParser(in)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                out.copyCurrentEventExact(parser);
            }
        }
    }

    private static boolean isLink(EntityView view) {
        return view.entity() instanceof Link;
    }
}
