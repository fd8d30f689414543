package occi.registry.itest;

import occi.api.backend.Registry;
import occi.registry.contract.RegistryContract;
import org.osgi.test.common.annotation.InjectService;

/**
 * The registry contract against the OCCI server's built-in in-memory registry, as the
 * container runs it.
 */
class InMemoryRegistryContractTest extends RegistryContract {

    static final String COMPONENT = "occi.server.internal.registry.InMemoryRegistry";

    @InjectService(filter = "(component.name=" + COMPONENT + ")", timeout = 30_000)
    Registry registry;

    @Override
    protected Registry registry() {
        return registry;
    }
}
