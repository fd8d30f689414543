package confine.orm.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The sample documents of the CONFINE API reference, read from the local controller's jar
 * (a test dependency), which carries them as its seed.
 */
final class Fixtures {

    private Fixtures() {}

    static byte[] bytes(String name) {
        String resource = "confine/controller/internal/fixtures/" + name;
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the test class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
