package occi.platform.runtime.internal;

import java.util.Hashtable;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Gives the exported jar the exit code a user expects: 0 after a normal stop
 * ({@code stop 0} in Gogo, the web console's shutdown, SIGTERM or Ctrl-C through
 * {@link StopSignals}). The bnd launcher runs a {@code Callable} registered with
 * {@code main.thread=true} on its main thread and exits with what it returns; without one
 * it exits with 117 ("framework stopped"). The callable returns as soon as this bundle stops
 * (in the first start level, among the last); the launcher then waits for the framework to
 * stop the rest and exits. On that exit one line on standard output says that the framework
 * has stopped every bundle: the log service has stopped by then, and only a JVM shutdown hook
 * runs after the launcher's wait (the callable may not wait itself: the launcher's own
 * watcher would exit with 117 on seeing the framework stop before the callable returned).
 * Only the launcher's run specification sets {@value #LAUNCHER_PROPERTY}: under the
 * test harness the tester owns the main thread.
 */
@Component
public class LauncherMainThread {

    static final String LAUNCHER_PROPERTY = "occi.platform.launcher";
    static final String MAIN_THREAD_PROPERTY = "main.thread";

    private final CountDownLatch stopping = new CountDownLatch(1);
    private ServiceRegistration<?> registration;

    @Activate
    void activate(BundleContext context) {
        if (Boolean.parseBoolean(context.getProperty(LAUNCHER_PROPERTY))) {
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put(MAIN_THREAD_PROPERTY, Boolean.TRUE);
            registration = context.registerService(Callable.class, new AwaitStop(stopping), properties);
            Bundle system = context.getBundle(Constants.SYSTEM_BUNDLE_ID);
            String stopped = stoppedLine(context.getBundle().getVersion().toString());
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                if (system.getState() == Bundle.RESOLVED) { // stopped, not killed half-way
                    System.out.println(stopped);
                    System.out.flush();
                }
            }, "occi-platform-stopped"));
        }
    }

    static String stoppedLine(String version) {
        return "OCCI platform " + version + " stopped: every bundle stopped, last start level first";
    }

    @Deactivate
    void deactivate() {
        stopping.countDown();
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework unregisters a stopping bundle's services itself
            }
        }
    }

    /** A class, not a lambda: the launcher checks the {@code Callable<Integer>} type argument. */
    private static final class AwaitStop implements Callable<Integer> {
        private final CountDownLatch stopping;

        AwaitStop(CountDownLatch stopping) {
            this.stopping = stopping;
        }

        @Override
        public Integer call() throws InterruptedException {
            stopping.await();
            return 0;
        }
    }
}
