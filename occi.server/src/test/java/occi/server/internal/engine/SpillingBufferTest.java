package occi.server.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SpillingBufferTest {

    @Test
    void aSmallBodyStaysInMemory() throws Exception {
        try (SpillingBuffer buffer = new SpillingBuffer(16)) {
            buffer.write("short".getBytes(StandardCharsets.UTF_8));
            assertThat(buffer.spilled()).isFalse();
            assertThat(buffer.length()).isEqualTo(5);
            assertThat(buffer.toByteArray()).asString(StandardCharsets.UTF_8).isEqualTo("short");
        }
    }

    @Test
    void aLargeBodyGoesToATemporaryFileAndComesBackWhole() throws Exception {
        String line = "X-OCCI-Location: http://127.0.0.1/compute/0123456789\n";
        SpillingBuffer buffer = new SpillingBuffer(100);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            buffer.write(line.getBytes(StandardCharsets.UTF_8));
            expected.append(line);
        }
        assertThat(buffer.spilled()).isTrue();
        assertThat(buffer.length()).isEqualTo(expected.length());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        buffer.writeTo(out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(expected.toString());
        buffer.close();
    }
}
