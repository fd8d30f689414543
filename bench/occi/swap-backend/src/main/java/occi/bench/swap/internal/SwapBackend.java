package occi.bench.swap.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Kind;
import occi.api.backend.KindBackend;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * A kind, {@code http://bench.occi.platform/swap#widget} at {@code /widget/}, whose title
 * carries the moment its component was activated. The hot-swap benchmark installs, updates
 * and uninstalls this bundle while other requests run: the title is how it sees in the query
 * interface that an update has taken effect (a new activation, a new title).
 */
@Component(service = KindBackend.class)
public class SwapBackend implements KindBackend {

    private final Kind widget;

    @Activate
    public SwapBackend() {
        widget = new Kind(CategoryId.parse("http://bench.occi.platform/swap#widget"),
                "Widget activated at " + System.nanoTime(), Core.RESOURCE.id(), Map.of(), List.of(), "/widget/");
    }

    @Override
    public Collection<? extends Category> categories() {
        return List.of(widget);
    }
}
