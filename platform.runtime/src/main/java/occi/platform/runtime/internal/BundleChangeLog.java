package occi.platform.runtime.internal;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Logs at INFO every bundle installed, updated or uninstalled while the container runs, with
 * where it came from: a jar dropped into or removed from {@code deploy/} (FileInstall), an
 * upload in the web console and an {@code install} in the Gogo shell all end in these bundle
 * events, so an operator reads in the log what changed and by which route (the location). The
 * log service's own "BundleEvent INSTALLED" entries name neither the version nor the location,
 * and are kept below WARN on the console and in the file.
 */
@Component
public class BundleChangeLog {

    private final BundleContext context;
    private final Logger log;
    private final BundleListener listener = this::changed;

    @Activate
    public BundleChangeLog(BundleContext context, @Reference(service = LoggerFactory.class) Logger log) {
        this.context = context;
        this.log = log;
        context.addBundleListener(listener);
    }

    @Deactivate
    void deactivate() {
        context.removeBundleListener(listener);
    }

    private void changed(BundleEvent event) {
        String line = line(event.getType(), event.getBundle());
        if (line != null) {
            log.info(line);
        }
    }

    /** The line for an event worth an operator's attention, or null. */
    static String line(int type, Bundle bundle) {
        String what = switch (type) {
            case BundleEvent.INSTALLED -> "installed";
            case BundleEvent.UPDATED -> "updated";
            case BundleEvent.UNINSTALLED -> "uninstalled";
            default -> null;
        };
        if (what == null) {
            return null;
        }
        return "bundle " + what + ": " + bundle.getSymbolicName() + " " + bundle.getVersion() + " (id " + bundle.getBundleId()
                + ") from " + bundle.getLocation();
    }
}
