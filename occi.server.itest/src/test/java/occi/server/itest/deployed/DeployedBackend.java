package occi.server.itest.deployed;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.backend.KindBackend;

/**
 * A backend as a third party ships it, in a bundle of its own: the integration test copies
 * this class into a bundle jar with a Declarative Services descriptor and installs it.
 * It uses nothing but the OCCI API, and no nested classes or lambdas, so one class file is the whole bundle.
 */
public class DeployedBackend implements KindBackend {

    public static final Kind GADGET = new Kind(CategoryId.parse("http://example.org/deployed#gadget"), "Gadget", Core.RESOURCE.id(),
            Map.of(), List.of(), "/gadget/");

    @Override
    public Collection<? extends Category> categories() {
        return List.of(GADGET);
    }
}
