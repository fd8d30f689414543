package occi.server.internal.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A response body rendered before the status line is sent: in memory while small, in a
 * temporary file once it grows past a threshold (a long collection). Knowing the whole
 * body first gives exactly one {@code Content-Length} and lets a rendering failure still
 * become a proper error status.
 */
public final class SpillingBuffer extends OutputStream {

    static final int MEMORY_LIMIT = 256 * 1024;

    private final int memoryLimit;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;
    private long length;

    public SpillingBuffer() {
        this(MEMORY_LIMIT);
    }

    SpillingBuffer(int memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int count) throws IOException {
        if (file == null && memory.size() + count > memoryLimit) {
            spill();
        }
        if (file == null) {
            memory.write(bytes, offset, count);
        } else {
            fileOut.write(bytes, offset, count);
        }
        length += count;
    }

    private void spill() throws IOException {
        file = Files.createTempFile("occi-response-", ".body");
        fileOut = new java.io.BufferedOutputStream(Files.newOutputStream(file));
        memory.writeTo(fileOut);
        memory = null;
    }

    public long length() {
        return length;
    }

    /** Whether the body went to a temporary file. */
    boolean spilled() {
        return file != null;
    }

    /** Copies the body to the client. */
    public void writeTo(OutputStream out) throws IOException {
        if (file == null) {
            memory.writeTo(out);
        } else {
            fileOut.flush();
            Files.copy(file, out);
        }
    }

    /** The body as bytes (tests, small bodies). */
    public byte[] toByteArray() {
        if (file == null) {
            return memory.toByteArray();
        }
        try {
            fileOut.flush();
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Releases the temporary file, if any. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            try {
                fileOut.close();
            } finally {
                Files.deleteIfExists(file);
            }
        }
    }
}
