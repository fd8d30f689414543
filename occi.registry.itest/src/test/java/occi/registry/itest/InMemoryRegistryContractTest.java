package occi.registry.itest;

import occi.api.backend.Registry;
import occi.registry.contract.RegistryContract;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.osgi.test.common.annotation.InjectService;

/**
 * The registry contract against the OCCI server's built-in in-memory registry, as the
 * container runs it. The tests it does not pass yet are overridden below, disabled with the
 * reason: remove an override once occi.server fixes the defect, and the contract runs it again.
 */
class InMemoryRegistryContractTest extends RegistryContract {

    static final String COMPONENT = "occi.server.internal.registry.InMemoryRegistry";
    static final String NO_OWNERS = "occi.server's InMemoryRegistry keeps every owner's entities in one namespace: "
            + "RequestContext.principal() does not scope get, query, linksFrom or commit yet";

    @InjectService(filter = "(component.name=" + COMPONENT + ")", timeout = 30_000)
    Registry registry;

    @Override
    protected Registry registry() {
        return registry;
    }

    @Override
    @Test
    @Disabled(NO_OWNERS)
    public void anOwnerNeverSeesAnotherOwnersEntities() {
        super.anOwnerNeverSeesAnotherOwnersEntities();
    }

    @Override
    @Test
    @Disabled(NO_OWNERS)
    public void ownersHaveNamespacesOfTheirOwn() {
        super.ownersHaveNamespacesOfTheirOwn();
    }
}
