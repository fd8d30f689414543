package occi.rendering.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import occi.api.Link;
import occi.api.Resource;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityView;
import org.junit.jupiter.api.Test;

/**
 * A listing of 100 000 entities is written while it is iterated: when the iterator hands
 * out entity n, all but the last few kilobytes of the n-1 before it have already reached
 * the client. Nothing is timed; what is checked is that output keeps pace with input, so
 * the document is never held whole. The sink parses what arrives, incrementally, to show
 * it is one well-formed document with every entity in its array.
 */
class StreamingTest {

    private static final int COUNT = 100_000;
    /** What a rendering may hold before it reaches the stream: Jackson's output buffer, with room to spare. */
    private static final long MAX_LAG = 64 * 1024;

    @Test
    void aHundredThousandResourcesStreamWithBoundedLag() throws IOException {
        ParsingSink sink = new ParsingSink();
        int entitySize = renderedSize(resource(0));
        PacedIterator entities = new PacedIterator(COUNT, sink, entitySize, StreamingTest::resource);

        TestIo.rendering().renderCollection(entities, new CollectionInfo("/compute/", TestModel.COMPUTE, 1, COUNT, COUNT),
                TestIo.context(), TestIo.response(sink));
        sink.finish();

        assertThat(entities.checked).isEqualTo(COUNT - 1);
        assertThat(sink.entries).isEqualTo(Map.of("resources", (long) COUNT));
        assertThat(sink.bytes).isGreaterThan((long) COUNT * entitySize);
    }

    @Test
    void aMixedListingStreamsTheFirstKindAndSpillsTheOtherToDisk() throws IOException {
        ParsingSink sink = new ParsingSink();
        int entitySize = renderedSize(resource(0));
        // resources and links alternate; only the resources go straight out, so pace them at half rate
        PacedIterator entities = new PacedIterator(COUNT, sink, entitySize / 2,
                i -> i % 2 == 0 ? resource(i) : link(i));

        new JsonRendering(TestIo.config(1024, false, 64 * 1024)).renderCollection(entities,
                new CollectionInfo("/", null, 1, COUNT, COUNT), TestIo.context(), TestIo.response(sink));
        sink.finish();

        assertThat(sink.entries).isEqualTo(Map.of("resources", (long) COUNT / 2, "links", (long) COUNT / 2));
    }

    /** Each entity has an 8-digit id, so every rendered resource has the same size. */
    private static EntityView resource(int i) {
        String id = String.format("%08d", i);
        return new EntityView(new Resource(id, "/compute/" + id, TestModel.COMPUTE.id(), List.of(),
                Map.of("occi.compute.cores", 2L, "occi.compute.hostname", "h" + id), "vm", null, 1),
                TestModel.COMPUTE, List.of(), List.of(TestModel.START), List.of());
    }

    private static EntityView link(int i) {
        String id = String.format("%08d", i);
        return TestModel.linkView(new Link(id, "/link/" + id, occi.api.Core.LINK.id(), List.of(), Map.of(), null,
                "/compute/" + id, "https://example.org/" + id, null, 1));
    }

    private static int renderedSize(EntityView view) throws IOException {
        TestIo.Response response = new TestIo.Response();
        TestIo.rendering().renderEntity(view, TestIo.context(), response);
        return response.bytes.size() + 1; // and the comma between array items
    }

    /** Hands out entities made on demand and, at each, checks the sink has received what came before. */
    private static final class PacedIterator implements Iterator<EntityView> {
        private final int count;
        private final ParsingSink sink;
        private final int bytesPerEntity;
        private final java.util.function.IntFunction<EntityView> make;
        private int next;
        int checked;

        PacedIterator(int count, ParsingSink sink, int bytesPerEntity, java.util.function.IntFunction<EntityView> make) {
            this.count = count;
            this.sink = sink;
            this.bytesPerEntity = bytesPerEntity;
            this.make = make;
        }

        @Override
        public boolean hasNext() {
            return next < count;
        }

        @Override
        public EntityView next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            if (next > 0) {
                long due = (long) next * bytesPerEntity - MAX_LAG;
                if (sink.bytes < due) { // a plain check: this runs 100 000 times
                    throw new AssertionError("entity " + next + " is asked for with " + sink.bytes
                            + " bytes written; at least " + due + " were due");
                }
                checked++;
            }
            return make.apply(next++);
        }
    }

    /** Counts bytes and parses them as they arrive, counting the objects in each top-level array. */
    private static final class ParsingSink extends OutputStream {
        final Map<String, Long> entries = new java.util.HashMap<>();
        long bytes;
        private final JsonParser parser;
        private int depth;
        private String array;

        ParsingSink() throws IOException {
            parser = SpecSchema.MAPPER.getFactory().createNonBlockingByteArrayParser();
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            bytes += len;
            ((ByteArrayFeeder) parser.getNonBlockingInputFeeder()).feedInput(b, off, off + len);
            drain();
        }

        void finish() throws IOException {
            ((ByteArrayFeeder) parser.getNonBlockingInputFeeder()).endOfInput();
            drain();
            assertThat(depth).as("the document is closed").isZero();
        }

        private void drain() throws IOException {
            for (JsonToken t = parser.nextToken(); t != null && t != JsonToken.NOT_AVAILABLE; t = parser.nextToken()) {
                if (t == JsonToken.FIELD_NAME && depth == 1) {
                    array = parser.currentName();
                } else if (t.isStructStart()) {
                    if (depth == 2 && t == JsonToken.START_OBJECT) {
                        entries.merge(array, 1L, Long::sum);
                    }
                    depth++;
                } else if (t.isStructEnd()) {
                    depth--;
                }
            }
        }
    }
}
