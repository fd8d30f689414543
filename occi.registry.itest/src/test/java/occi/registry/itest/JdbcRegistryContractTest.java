package occi.registry.itest;

import occi.api.backend.Registry;
import occi.registry.contract.RegistryContract;
import org.osgi.test.common.annotation.InjectService;

/** The registry contract against the JDBC registry service as the container runs it (H2 under the data folder). */
class JdbcRegistryContractTest extends RegistryContract {

    @InjectService(filter = "(component.name=" + JdbcRegistryServiceTest.COMPONENT + ")", timeout = 30_000)
    Registry registry;

    @Override
    protected Registry registry() {
        return registry;
    }
}
