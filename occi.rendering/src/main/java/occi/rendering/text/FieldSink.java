package occi.rendering.text;

import java.io.IOException;

/** Where rendered fields go: lines of a text/plain body, or text/occi headers. */
interface FieldSink {

    void field(FieldName name, String value) throws IOException;

    /** Whether values must be ASCII (headers) rather than any Unicode (a UTF-8 body). */
    boolean asciiOnly();

    /** Writes what is still held back; nothing may be added afterwards. */
    void finish() throws IOException;
}
