package occi.server.itest.deployed;

import java.util.Collection;
import java.util.List;
import occi.api.Category;
import occi.api.backend.KindBackend;

/** A backend component whose activation throws, as one with a missing resource manager would. */
public class FailingBackend implements KindBackend {

    public static final String FAILURE = "no resource manager is configured (a test backend that always fails)";

    public FailingBackend() {
        throw new IllegalStateException(FAILURE);
    }

    @Override
    public Collection<? extends Category> categories() {
        return List.of();
    }
}
