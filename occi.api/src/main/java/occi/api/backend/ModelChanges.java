package occi.api.backend;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered by the server: a backend whose {@link Backend#categories()} change while it
 * is registered tells the server here, and the query interface follows at once.
 */
@ProviderType
public interface ModelChanges {

    void categoriesChanged(Backend backend);
}
