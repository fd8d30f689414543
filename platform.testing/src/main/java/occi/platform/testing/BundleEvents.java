package occi.platform.testing;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/** Waits, with a deadline, for a bundle with a given symbolic name to reach a state. */
public final class BundleEvents {

    public static final Duration TIMEOUT = Duration.ofSeconds(30);

    private BundleEvents() {}

    /** Completes with the bundle once it is ACTIVE. */
    public static Bundle awaitActive(BundleContext context, String symbolicName) throws Exception {
        return await(context, symbolicName, b -> b.getState() == Bundle.ACTIVE, BundleEvent.STARTED);
    }

    /** Completes once no bundle with that name is installed any more. */
    public static void awaitUninstalled(BundleContext context, String symbolicName) throws Exception {
        CompletableFuture<Void> gone = new CompletableFuture<>();
        BundleListener listener = event -> {
            if (event.getType() == BundleEvent.UNINSTALLED && symbolicName.equals(event.getBundle().getSymbolicName())) {
                gone.complete(null);
            }
        };
        context.addBundleListener(listener);
        try {
            if (find(context, symbolicName).isEmpty()) {
                return;
            }
            gone.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            context.removeBundleListener(listener);
        }
    }

    public static Optional<Bundle> find(BundleContext context, String symbolicName) {
        return Arrays.stream(context.getBundles())
                .filter(b -> symbolicName.equals(b.getSymbolicName()))
                .findFirst();
    }

    private static Bundle await(BundleContext context, String symbolicName, Predicate<Bundle> reached, int eventType)
            throws Exception {
        CompletableFuture<Bundle> done = new CompletableFuture<>();
        BundleListener listener = event -> {
            if (event.getType() == eventType && symbolicName.equals(event.getBundle().getSymbolicName())) {
                done.complete(event.getBundle());
            }
        };
        context.addBundleListener(listener);
        try {
            Optional<Bundle> already = find(context, symbolicName).filter(reached);
            if (already.isPresent()) {
                return already.get();
            }
            return done.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } finally {
            context.removeBundleListener(listener);
        }
    }
}
