package occi.platform.shell.ssh.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineEditorTest {

    private final ByteArrayOutputStream shown = new ByteArrayOutputStream();

    private LineEditor terminal(String typed) {
        return new LineEditor(new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(shown, true, StandardCharsets.UTF_8));
    }

    private LineEditor pipe(String input) {
        return new LineEditor(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), null);
    }

    @Test
    void onATerminalEchoesAndEditsWithBackspaceAndCtrlU() throws IOException {
        LineEditor editor = terminal("lbx\u007f sshd\rocci:ls\u0015lb\r");
        assertThat(editor.readLine()).isEqualTo("lb sshd");
        assertThat(editor.readLine()).isEqualTo("lb");
        assertThat(shown.toString(StandardCharsets.UTF_8)).startsWith("lbx\b \b sshd\n");
    }

    @Test
    void ctrlDOnAnEmptyLineEndsTheInputAndCtrlCDropsTheLine() throws IOException {
        LineEditor editor = terminal("half\u0003lb\u0004 x\r\u0004");
        assertThat(editor.readLine()).as("Ctrl-C").isEmpty();
        assertThat(editor.readLine()).as("Ctrl-D inside a line is ignored").isEqualTo("lb x");
        assertThat(editor.readLine()).isNull();
    }

    @Test
    void cursorKeysAreIgnoredAndUnicodeIsKept() throws IOException {
        assertThat(terminal("\u001b[Aecho h\u00e9\u001b[1;5Dllo\r").readLine()).isEqualTo("echo h\u00e9llo");
    }

    @Test
    void fromAPipeReadsLinesEndedByLfOrCrLfWithoutEcho() throws IOException {
        LineEditor editor = pipe("lb\r\nexit\nlast");
        assertThat(editor.readLine()).isEqualTo("lb");
        assertThat(editor.readLine()).isEqualTo("exit");
        assertThat(editor.readLine()).as("a last line without its end").isEqualTo("last");
        assertThat(editor.readLine()).isNull();
        assertThat(shown.size()).isZero();
    }
}
