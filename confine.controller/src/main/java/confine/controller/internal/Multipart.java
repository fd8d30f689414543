package confine.controller.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The parts of a {@code multipart/form-data} body (RFC 7578) that carry a file. */
public final class Multipart {

    private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIELD_NAME = Pattern.compile("[; ]name=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);

    private Multipart() {}

    /** An uploaded file: its form field, its file name and its bytes. */
    public record FilePart(String field, String fileName, byte[] content) {}

    /** The file parts of {@code body}; the boundary comes from the request's content type. */
    public static List<FilePart> files(String contentType, byte[] body) {
        String boundary = MediaTypes.parameters(contentType).get("boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw ApiError.detail(400, "Multipart form parse error - Invalid boundary in multipart: None");
        }
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        List<FilePart> files = new ArrayList<>();
        int start = indexOf(body, delimiter, 0);
        while (start >= 0) {
            int partStart = start + delimiter.length;
            if (partStart + 1 < body.length && body[partStart] == '-' && body[partStart + 1] == '-') {
                break; // the closing delimiter
            }
            int next = indexOf(body, delimiter, partStart);
            if (next < 0) {
                break;
            }
            part(Arrays.copyOfRange(body, skipLineEnd(body, partStart), next)).ifPresent(files::add);
            start = next;
        }
        return files;
    }

    private static Optional<FilePart> part(byte[] part) {
        int headersEnd = indexOf(part, "\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1), 0);
        if (headersEnd < 0) {
            return Optional.empty();
        }
        String headers = new String(part, 0, headersEnd, StandardCharsets.UTF_8);
        Matcher fileName = FILE_NAME.matcher(headers);
        if (!fileName.find()) {
            return Optional.empty();
        }
        Matcher field = FIELD_NAME.matcher(headers);
        int contentEnd = part.length;
        if (contentEnd >= 2 && part[contentEnd - 2] == '\r' && part[contentEnd - 1] == '\n') {
            contentEnd -= 2; // the line end before the next delimiter belongs to it
        }
        byte[] content = Arrays.copyOfRange(part, headersEnd + 4, Math.max(headersEnd + 4, contentEnd));
        return Optional.of(new FilePart(field.find() ? field.group(1) : "", fileName.group(1), content));
    }

    private static int skipLineEnd(byte[] body, int at) {
        return at + 1 < body.length && body[at] == '\r' && body[at + 1] == '\n' ? at + 2 : at;
    }

    static int indexOf(byte[] data, byte[] pattern, int from) {
        outer:
        for (int i = Math.max(0, from); i <= data.length - pattern.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (data[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
