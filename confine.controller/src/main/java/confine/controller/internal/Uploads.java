package confine.controller.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Uploaded files, kept under the data folder as {@code <plural>/<id>/<member>/<file name>} and
 * served under the API base at {@code media/} followed by the same path.
 */
public final class Uploads {

    static final String PREFIX = "media/";

    private final Path root;

    public Uploads(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** A stored file: where it is served (relative to the API base) and its SHA-256. */
    public record Stored(String uri, String sha256) {}

    public Stored store(String plural, long id, String member, String fileName, byte[] content) {
        String name = safeName(fileName);
        String relative = plural + "/" + id + "/" + member + "/" + name;
        Path file = root.resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the upload " + file, e);
        }
        return new Stored(PREFIX + relative, sha256(content));
    }

    /** The file served at {@code media/<path>}, never outside the data folder. */
    public Optional<Path> find(String path) {
        Path file = root.resolve(path).normalize();
        return file.startsWith(root) && Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** The last path element of a client's file name, with only harmless characters. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() || name.startsWith(".") ? "upload" + name : name;
    }
}
