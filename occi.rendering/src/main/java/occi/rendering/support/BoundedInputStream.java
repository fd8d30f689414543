package occi.rendering.support;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import occi.api.OcciException;

/**
 * A request body that may not exceed a number of bytes: reading past the limit fails with
 * an {@link OcciException} 413, so a parser never holds more than the limit in memory.
 */
public final class BoundedInputStream extends FilterInputStream {

    private final long limit;
    private long count;

    public BoundedInputStream(InputStream in, long limit) {
        super(in);
        if (limit < 0) {
            throw new IllegalArgumentException("a body limit is not negative: " + limit);
        }
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    // mark/reset would let a reader count bytes twice
    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw new OcciException(413, "the request body is larger than " + limit + " bytes");
        }
    }
}
