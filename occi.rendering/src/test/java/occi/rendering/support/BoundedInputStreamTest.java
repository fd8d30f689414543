package occi.rendering.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import occi.api.OcciException;
import org.junit.jupiter.api.Test;

class BoundedInputStreamTest {

    @Test
    void readsABodyUpToTheLimit() throws IOException {
        BoundedInputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[10]), 10);

        assertThat(in.readAllBytes()).hasSize(10);
        assertThat(in.markSupported()).isFalse();
    }

    @Test
    void refusesTheByteBeyondTheLimitWith413() throws IOException {
        BoundedInputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[11]), 10);
        assertThat(in.read(new byte[10], 0, 10)).isEqualTo(10);

        assertThatThrownBy(in::read).isInstanceOfSatisfying(OcciException.class, e -> {
            assertThat(e.status()).isEqualTo(413);
            assertThat(e).hasMessage("the request body is larger than 10 bytes");
        });
    }

    @Test
    void countsSkippedBytesToo() {
        BoundedInputStream in = new BoundedInputStream(new ByteArrayInputStream(new byte[20]), 10);

        assertThatThrownBy(() -> in.skip(11)).isInstanceOf(OcciException.class);
    }
}
