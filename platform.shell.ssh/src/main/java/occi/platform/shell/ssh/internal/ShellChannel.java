package occi.platform.shell.ssh.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;

/**
 * {@code ssh host}: the {@code g!} prompt, one command line after the other in one Gogo session
 * (its variables last between lines), until {@code exit} or end of input (Ctrl-D).
 */
final class ShellChannel extends GogoChannel {

    static final String PROMPT = "g! ";
    static final Set<String> EXIT = Set.of("exit", "logout", "quit");
    static final String GREETING = "OCCI platform shell. 'help' lists the commands; 'exit' or Ctrl-D leaves.";

    ShellChannel(CommandProcessor processor, ExecutorService threads) {
        super(processor, threads);
    }

    @Override
    int serve(CommandSession session, InputStream in, PrintStream out, PrintStream err, boolean tty) throws IOException {
        LineEditor lines = new LineEditor(in, tty ? out : null);
        out.println(GREETING);
        while (true) {
            out.print(PROMPT);
            out.flush();
            String line = lines.readLine();
            if (line == null) {
                out.println();
                return 0;
            }
            String command = line.strip();
            if (EXIT.contains(command)) {
                return 0;
            }
            if (command.isEmpty()) {
                continue;
            }
            try {
                print(session, session.execute(command), out);
            } catch (Exception failed) {
                err.println(message(failed));
            }
            out.flush();
            err.flush();
        }
    }
}
