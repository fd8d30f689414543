package occi.platform.shell.ssh.internal;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.concurrent.ExecutorService;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;

/**
 * {@code ssh host 'occi:ls compute'}: one command line run in a Gogo session of its own; exit
 * status 0 when it completed, 1 with its message on standard error when it failed.
 */
final class ExecChannel extends GogoChannel {

    private final String commandLine;

    ExecChannel(CommandProcessor processor, ExecutorService threads, String commandLine) {
        super(processor, threads);
        this.commandLine = commandLine;
    }

    @Override
    int serve(CommandSession session, InputStream in, PrintStream out, PrintStream err, boolean tty) {
        try {
            print(session, session.execute(commandLine), out);
            return 0;
        } catch (Exception failed) {
            err.println(message(failed));
            return 1;
        }
    }
}
