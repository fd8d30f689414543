package occi.platform.runtime.internal;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Keeps the exported jar running when nobody sits at a terminal (a service manager, a container,
 * {@code nohup ... </dev/null}): the Gogo shell then starts without an interactive session. Gogo
 * reads standard input otherwise, and at its end (at once, from {@code /dev/null}) it stops the
 * shell and the whole framework. Gogo starts in the last start level and reads {@code gosh.args}
 * then (the framework's property, else the system property); this component runs in the first
 * level, so the decision is made before. An explicit {@code -Dgosh.args=...} always wins, so
 * {@code -Dgosh.args=} (empty) asks for the interactive shell even with redirected output.
 * Only the launcher's own process decides: under the test harness the run specification sets it.
 */
@Component
public class HeadlessShell {

    static final String GOSH_ARGS = "gosh.args";
    static final String NO_INTERACTIVE = "--nointeractive";

    @Activate
    public HeadlessShell(BundleContext context, @Reference(service = LoggerFactory.class) Logger log) {
        if (Boolean.parseBoolean(context.getProperty(LauncherMainThread.LAUNCHER_PROPERTY))
                && headless(context.getProperty(GOSH_ARGS), System.console() != null)) {
            // Gogo's activator reads the framework property, which falls back to the system property.
            System.setProperty(GOSH_ARGS, NO_INTERACTIVE);
            log.info("No terminal: the Gogo shell reads no input; stop the container with SIGTERM or Ctrl-C, "
                    + "administer it in the web console");
        }
    }

    /** Whether to start the shell without an interactive session: no choice made, and no terminal. */
    static boolean headless(String goshArgs, boolean terminal) {
        return goshArgs == null && !terminal;
    }
}
