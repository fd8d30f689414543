package confine.orm.internal.http;

import java.io.FileNotFoundException;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A {@code multipart/form-data} body of one file part, streamed from disk rather than read into memory. */
public record Multipart(String boundary, String partName, Path file) {

    public static Multipart of(String partName, Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Not a readable file: " + file);
        }
        return new Multipart("confine-orm-" + UUID.randomUUID(), partName, file);
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** A new publisher each call, so a body can be sent again. */
    public BodyPublisher publisher() {
        String fileName = file.getFileName().toString().replace("\"", "%22");
        String head = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + partName + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        try {
            return BodyPublishers.concat(
                    BodyPublishers.ofString(head, StandardCharsets.UTF_8),
                    BodyPublishers.ofFile(file),
                    BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("Not a readable file: " + file, e);
        }
    }
}
