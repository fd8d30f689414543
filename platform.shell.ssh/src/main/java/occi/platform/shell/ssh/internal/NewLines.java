package occi.platform.shell.ssh.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Turns every line feed not already preceded by a carriage return into CR LF: a client that asked
 * for a terminal has put its own in raw mode, where a bare LF moves down without going back to the
 * first column.
 */
final class NewLines extends FilterOutputStream {

    private int last = -1;

    NewLines(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        if (b == '\n' && last != '\r') {
            out.write('\r');
        }
        out.write(b);
        last = b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        for (int i = offset; i < offset + length; i++) {
            write(bytes[i]);
        }
    }
}
