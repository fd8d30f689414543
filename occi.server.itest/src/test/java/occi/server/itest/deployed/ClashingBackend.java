package occi.server.itest.deployed;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.backend.KindBackend;

/** A third party's backend that defines the infrastructure's compute kind again: the server must refuse it and say why. */
public class ClashingBackend implements KindBackend {

    public static final Kind COMPUTE_AGAIN = new Kind(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute"),
            "Compute, again", Core.RESOURCE.id(), Map.of(), List.of(), "/compute-again/");

    @Override
    public Collection<? extends Category> categories() {
        return List.of(COMPUTE_AGAIN);
    }
}
