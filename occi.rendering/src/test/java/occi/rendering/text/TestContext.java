package occi.rendering.text;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.rendering.RenderContext;

/** The context of a server at {@code http://example.com:8080/} rendering category locations relative, its default. */
final class TestContext implements RenderContext {

    static final String BASE = "http://example.com:8080";

    private final Map<CategoryId, Category> model;
    private final boolean absoluteCategoryLocations;

    private TestContext(Map<CategoryId, Category> model, boolean absoluteCategoryLocations) {
        this.model = model;
        this.absoluteCategoryLocations = absoluteCategoryLocations;
    }

    static TestContext relative() {
        return new TestContext(Fixtures.MODEL.stream().collect(Collectors.toMap(Category::id, Function.identity())), false);
    }

    static TestContext absolute() {
        return new TestContext(Fixtures.MODEL.stream().collect(Collectors.toMap(Category::id, Function.identity())), true);
    }

    @Override
    public URI base() {
        return URI.create(BASE + "/");
    }

    @Override
    public String categoryLocation(String location) {
        return absoluteCategoryLocations ? absolute(location) : location;
    }

    @Override
    public Optional<Category> category(CategoryId id) {
        return Optional.ofNullable(model.get(id));
    }

    @Override
    public String mediaType() {
        return "text/plain";
    }
}
