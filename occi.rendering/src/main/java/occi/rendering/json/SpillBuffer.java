package occi.rendering.json;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Bytes written now and read back once later: held in memory up to a limit, then moved
 * to a temporary file, so that holding back a large part of a response costs disk, not
 * heap. {@link #discard()} deletes the file.
 */
final class SpillBuffer extends OutputStream {

    private final int memoryLimit;
    private ByteArrayOutputStream memory = new ByteArrayOutputStream();
    private Path file;
    private OutputStream fileOut;

    SpillBuffer(int memoryLimit) {
        this.memoryLimit = memoryLimit;
    }

    @Override
    public void write(int b) throws IOException {
        target(1).write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        target(length).write(bytes, offset, length);
    }

    private OutputStream target(int more) throws IOException {
        if (fileOut == null && memory.size() + more > memoryLimit) {
            file = Files.createTempFile("occi-json-listing-", ".json");
            fileOut = new BufferedOutputStream(Files.newOutputStream(file));
            memory.writeTo(fileOut);
            memory = null;
        }
        return fileOut != null ? fileOut : memory;
    }

    /** Whether the bytes went to a temporary file. */
    boolean spilled() {
        return file != null;
    }

    /** Everything written, from the start; call once writing is done. */
    InputStream read() throws IOException {
        if (fileOut != null) {
            fileOut.close();
            return new BufferedInputStream(Files.newInputStream(file));
        }
        return new ByteArrayInputStream(memory.toByteArray());
    }

    /** Frees the memory and deletes the temporary file, if any. */
    void discard() throws IOException {
        memory = null;
        if (fileOut != null) {
            fileOut.close();
        }
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }
}
