package occi.platform.shell.ssh.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * Reads command lines from an SSH channel. On a terminal (the client is in raw mode) it echoes
 * what is typed and handles the keys a line needs: Backspace, Ctrl-U (clear the line), Ctrl-C
 * (drop it), Ctrl-D on an empty line (end of input); cursor keys are ignored. Without a terminal
 * ({@code ssh -T}, a pipe) it reads lines as they come.
 */
final class LineEditor {

    private static final int CTRL_C = 3;
    private static final int CTRL_D = 4;
    private static final int BACKSPACE = 8;
    private static final int CTRL_U = 21;
    private static final int ESCAPE = 27;
    private static final int DELETE = 127;

    private final Reader in;
    private final PrintStream echo;
    private boolean afterCarriageReturn;

    /** {@code echo}: where typed characters are shown, or null when the client shows them itself. */
    LineEditor(InputStream in, PrintStream echo) {
        this.in = new InputStreamReader(in, StandardCharsets.UTF_8);
        this.echo = echo;
    }

    /** The next line without its end, or null at the end of input. */
    String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        while (true) {
            int c = in.read();
            boolean lineFeedOfCrLf = c == '\n' && afterCarriageReturn;
            afterCarriageReturn = c == '\r';
            if (lineFeedOfCrLf) {
                continue;
            }
            if (c < 0 || (c == CTRL_D && line.length() == 0)) {
                return line.length() == 0 ? null : line.toString();
            }
            switch (c) {
                case '\r', '\n' -> {
                    show("\n");
                    return line.toString();
                }
                case BACKSPACE, DELETE -> {
                    if (line.length() > 0) {
                        line.setLength(line.length() - 1);
                        show("\b \b");
                    }
                }
                case CTRL_U -> {
                    show("\b \b".repeat(line.length()));
                    line.setLength(0);
                }
                case CTRL_C -> {
                    show("^C\n");
                    return "";
                }
                case ESCAPE -> skipEscapeSequence();
                default -> {
                    if (c >= ' ') {
                        line.append((char) c);
                        show(String.valueOf((char) c));
                    }
                }
            }
        }
    }

    /** Cursor and function keys: ESC [ ... final letter or ~ (or ESC O letter). */
    private void skipEscapeSequence() throws IOException {
        int c = in.read();
        if (c != '[' && c != 'O') {
            return;
        }
        do {
            c = in.read();
        } while (c >= 0 && !(Character.isLetter(c) || c == '~'));
    }

    private void show(String text) {
        if (echo != null) {
            echo.print(text);
            echo.flush();
        }
    }
}
