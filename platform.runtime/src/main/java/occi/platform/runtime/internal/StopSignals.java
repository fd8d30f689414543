package occi.platform.runtime.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Makes SIGTERM (a service manager's stop, {@code kill}) and SIGINT (Ctrl-C) a normal stop of the
 * exported jar, as {@code stop 0} is: the framework stops its bundles in reverse start-level
 * order (registries close their stores, HTTP stops accepting) and the process exits with 0
 * ({@link LauncherMainThread}). The JVM's own handling of these signals runs shutdown hooks and
 * exits with 143 or 130 at once, without stopping a single bundle. {@code sun.misc.Signal}
 * (module jdk.unsupported) is the JDK's only way to take a signal over; where the JVM keeps a
 * signal to itself ({@code -Xrs}) the default stays and a warning says so.
 * Only the launcher's own process takes signals over: under the test harness the tester owns them.
 */
@Component
public class StopSignals {

    static final List<String> SIGNALS = List.of("TERM", "INT");

    private final List<Runnable> restore = new ArrayList<>();

    @Activate
    public StopSignals(BundleContext context, @Reference(service = LoggerFactory.class) Logger log) {
        if (!Boolean.parseBoolean(context.getProperty(LauncherMainThread.LAUNCHER_PROPERTY))) {
            return;
        }
        for (String name : SIGNALS) {
            Signal signal = new Signal(name);
            try {
                SignalHandler previous = Signal.handle(signal, received -> stop(context, log, received));
                restore.add(() -> Signal.handle(signal, previous));
            } catch (IllegalArgumentException taken) {
                log.warn("SIG{} is kept by the JVM ({}): it ends the container without stopping its bundles", name,
                        taken.getMessage());
            }
        }
    }

    /** Called on the JVM's signal thread: stopping the system bundle returns at once, the framework stops on. */
    private static void stop(BundleContext context, Logger log, Signal received) {
        log.info("SIG{} received: stopping every bundle, last start level first", received.getName());
        try {
            context.getBundle(0).stop();
        } catch (BundleException | IllegalStateException e) {
            log.error("SIG{} received, but the framework could not be stopped: {}", received.getName(), e.toString());
        }
    }

    /** The bundle alone may stop (web console): give the signals back to the JVM. */
    @Deactivate
    void deactivate() {
        restore.forEach(Runnable::run);
    }
}
