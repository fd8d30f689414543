package occi.platform.runtime.internal;

import java.util.Hashtable;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

/**
 * Gives the exported jar the exit code a user expects: 0 after a normal stop
 * ({@code stop 0} in Gogo, the web console's shutdown). The bnd launcher runs a
 * {@code Callable} registered with {@code main.thread=true} on its main thread and
 * exits with what it returns; without one it exits with 117 ("framework stopped").
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
        }
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
