package occi.platform.shell.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NewLinesTest {

    @Test
    void lineFeedsBecomeCrLfOnceAndOtherBytesPassUnchanged() throws IOException {
        ByteArrayOutputStream sink = new ByteArrayOutputStream();
        try (NewLines out = new NewLines(sink)) {
            out.write("a\nb\r\nc\u00e9\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(sink.toString(StandardCharsets.UTF_8)).isEqualTo("a\r\nb\r\nc\u00e9\r\n");
    }
}
