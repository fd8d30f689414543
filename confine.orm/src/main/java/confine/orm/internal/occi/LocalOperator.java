package confine.orm.internal.occi;

import confine.controller.ConfineController;
import java.util.Collection;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;

/**
 * The local operator's token of this container's own controller (the {@link ConfineController}
 * service serving the testbed's local path), asked at each use: the controller gives it only
 * while it listens on loopback only, and a re-seed makes a new one. Kept apart from the
 * backend so that the optional {@code confine.controller} package is only loaded when a
 * local testbed is served.
 */
final class LocalOperator {

    private LocalOperator() {}

    static Optional<String> token(BundleContext context, String localPath) {
        Collection<ServiceReference<ConfineController>> references;
        try {
            references = context.getServiceReferences(ConfineController.class,
                    "(" + ConfineController.BASE_PROPERTY + "=" + escape(localPath) + ")");
        } catch (InvalidSyntaxException | IllegalStateException e) {
            return Optional.empty();
        }
        for (ServiceReference<ConfineController> reference : references) {
            ConfineController controller = context.getService(reference);
            if (controller == null) {
                continue;
            }
            try {
                return controller.localOperatorToken();
            } finally {
                context.ungetService(reference);
            }
        }
        return Optional.empty();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("*", "\\*").replace("(", "\\(").replace(")", "\\)");
    }
}
