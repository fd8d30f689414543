package occi.platform.shell.ssh.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import org.apache.felix.service.command.CommandProcessor;
import org.apache.felix.service.command.CommandSession;
import org.apache.felix.service.command.Converter;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

/**
 * One SSH channel served by a Gogo {@link CommandSession} on the channel's own streams, run on a
 * thread of the component's pool. The channel ends when the work ends (exit status sent) or
 * when SSHD destroys it (client gone, server stopping); either way the Gogo session is closed
 * once.
 */
abstract class GogoChannel implements Command {

    private final CommandProcessor processor;
    private final ExecutorService threads;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private Future<?> work;
    private CommandSession session;
    private boolean closed;

    GogoChannel(CommandProcessor processor, ExecutorService threads) {
        this.processor = processor;
        this.threads = threads;
    }

    /**
     * The channel's work on the open Gogo session; returns the exit status. {@code tty}: the
     * client asked for a terminal, which does not echo or turn line feeds into new lines itself.
     */
    abstract int serve(CommandSession session, InputStream in, PrintStream out, PrintStream err, boolean tty) throws Exception;

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }

    @Override
    public void setExitCallback(ExitCallback exit) {
        this.exit = exit;
    }

    @Override
    public synchronized void start(ChannelSession channel, Environment environment) {
        boolean tty = hasTerminal(environment);
        PrintStream console = new PrintStream(tty ? new NewLines(out) : out, true, StandardCharsets.UTF_8);
        PrintStream errors = new PrintStream(tty ? new NewLines(err) : err, true, StandardCharsets.UTF_8);
        try {
            session = processor.createSession(in, console, errors);
            work = threads.submit(() -> run(console, errors, tty));
        } catch (RejectedExecutionException stopping) {
            errors.println("The shell is stopping.");
            finish(1);
        }
    }

    /**
     * Whether the client asked for a terminal (pty-req): it then sent its terminal type and size,
     * and its modes when it has a terminal itself ({@code ssh -tt} from a pipe sends none).
     */
    static boolean hasTerminal(Environment environment) {
        return !environment.getPtyModes().isEmpty() || environment.getEnv().containsKey(Environment.ENV_TERM)
                || environment.getEnv().containsKey(Environment.ENV_COLUMNS);
    }

    private void run(PrintStream console, PrintStream errors, boolean tty) {
        int status = 1;
        try {
            status = serve(session, in, console, errors, tty);
        } catch (Exception e) {
            errors.println(message(e));
        } finally {
            console.flush();
            errors.flush();
            finish(status);
        }
    }

    /** Prints a command's result the way the local {@code g!} shell does. */
    static void print(CommandSession session, Object result, PrintStream console) {
        if (result != null) {
            console.println(session.format(result, Converter.INSPECT));
        }
    }

    /** What a failed command tells the user: its message, not a stack trace. */
    static String message(Throwable failure) {
        Throwable shown = failure;
        while (shown.getMessage() == null && shown.getCause() != null) {
            shown = shown.getCause();
        }
        return shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage();
    }

    private void finish(int status) {
        if (closeSession()) {
            exit.onExit(status);
        }
    }

    /** Closes the Gogo session once; true the first time. */
    private synchronized boolean closeSession() {
        if (closed) {
            return false;
        }
        closed = true;
        if (session != null) {
            session.close();
        }
        return true;
    }

    @Override
    public void destroy(ChannelSession channel) {
        Future<?> running;
        synchronized (this) {
            running = work;
        }
        if (closeSession() && running != null) {
            running.cancel(true); // the client left or the server stops: end a command still running
        }
    }
}
