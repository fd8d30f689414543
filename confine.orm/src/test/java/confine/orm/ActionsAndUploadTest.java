package confine.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionsAndUploadTest extends LocalControllerTest {

    @TempDir
    Path dir;

    @Test
    void actionsWithAndWithoutABody() {
        api.login("vct", "vct");
        Resource slice = api.manager("slices").get("id", 7);
        assertThat(slice.invoke("renew").path("detail").asText()).isEqualTo("Slice renewed for 30 days");
        assertThat(slice.action("reset").call().path("detail").asText()).isEqualTo("Slice instructed to reset");
        // an action that takes no data refuses some
        assertThatThrownBy(() -> slice.invoke("renew", java.util.Map.of("days", 3)))
                .isInstanceOf(ResponseStatusException.class).hasMessageContaining("400 BAD REQUEST");
        assertThatThrownBy(() -> slice.invoke("fly")).isInstanceOf(NoSuchElementException.class)
                .hasMessageContaining("has no action fly");
    }

    @Test
    void anOverlayIsUploadedFromDiskAsMultipart() throws IOException, NoSuchAlgorithmException {
        byte[] content = new byte[3 * 1024 * 1024 + 17];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31);
        }
        Path overlay = Files.write(dir.resolve("overlay.tar.gz"), content);
        api.login("vct", "vct");
        Resource slice = api.manager("slices").get("id", 7);
        assertThat(slice.string("overlay_sha256")).isEmpty();
        slice.upload("upload_overlay", overlay);
        // the action marked the slice out of date: the next read fetches the new sums
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        assertThat(slice.string("overlay_sha256")).isEqualTo(sha);
        assertThat(slice.string("overlay_uri")).isNotEmpty();
    }

    @Test
    void aMissingFileFailsBeforeAnyRequest() {
        api.login("vct", "vct");
        Resource slice = api.manager("slices").get("id", 7);
        assertThatThrownBy(() -> slice.upload("upload_overlay", dir.resolve("missing.tgz")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Not a readable file");
    }
}
