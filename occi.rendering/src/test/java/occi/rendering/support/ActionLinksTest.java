package occi.rendering.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import occi.api.Action;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Resource;
import occi.api.rendering.RenderContext;
import org.junit.jupiter.api.Test;

class ActionLinksTest {

    private static final RenderContext CONTEXT = new RenderContext() {
        @Override
        public URI base() {
            return URI.create("https://cloud.example.org/occi/");
        }

        @Override
        public String categoryLocation(String location) {
            return location;
        }

        @Override
        public Optional<Category> category(CategoryId id) {
            return Optional.empty();
        }

        @Override
        public String mediaType() {
            return "text/plain";
        }
    };

    @Test
    void anActionLinkIsTheEntitysAbsoluteUriWithTheActionTerm() {
        Resource vm = new Resource("1", "/compute/1", CategoryId.parse("http://schemas.ogf.org/occi/infrastructure#compute"),
                List.of(), Map.of(), null, null, 0);
        Action start = new Action(CategoryId.parse("http://schemas.ogf.org/occi/infrastructure/compute/action#start"), null, null);

        assertThat(ActionLinks.uri(vm, start, CONTEXT)).isEqualTo("https://cloud.example.org/occi/compute/1?action=start");
    }

    @Test
    void recognisesActionUrisByTheirActionParameter() {
        assertThat(ActionLinks.isActionUri("/compute/1?action=start")).isTrue();
        assertThat(ActionLinks.isActionUri("http://e.com/compute/1?x=1&action=stop#f")).isTrue();
        assertThat(ActionLinks.isActionUri("/compute/1")).isFalse();
        assertThat(ActionLinks.isActionUri("/compute/1?reaction=x")).isFalse();
        assertThat(ActionLinks.isActionUri("/compute/1?x=1#action=start")).isFalse();
    }
}
