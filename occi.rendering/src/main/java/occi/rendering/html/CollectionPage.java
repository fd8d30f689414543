package occi.rendering.html;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import occi.api.AttributeDefinition;
import occi.api.Category;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Kind;
import occi.api.Mixin;
import occi.api.rendering.CollectionInfo;
import occi.api.rendering.EntityView;

/**
 * A collection as a page: a filter form, the page of entities as a table written row by
 * row as the server's iterator yields them, paging links, and the forms that belong to
 * the collection: create an entity (a kind's location) or tag an entity (a mixin's). Each
 * row shows the entity's states as badges. A create, tag or untag the backend says it would
 * refuse is not offered; its reason is shown instead.
 */
final class CollectionPage {

    /** The page size the filter form offers when the client asked for none. */
    static final int DEFAULT_PAGE_SIZE = 50;

    private final HtmlWriter html;
    private final Links links;
    private final ModelView model;
    private final StateBadges states;

    CollectionPage(HtmlWriter html, Links links, ModelView model) {
        this.html = html;
        this.links = links;
        this.model = model;
        this.states = new StateBadges(model);
    }

    static String title(CollectionInfo collection) {
        Category category = collection.category();
        if (category == null) {
            return "Entities below " + collection.location();
        }
        return (category.title() == null ? category.id().term() : category.title()) + " collection";
    }

    void write(Iterator<EntityView> entities, CollectionInfo collection) throws IOException {
        Category category = collection.category();
        html.open("section", "class", "collection");
        html.element("h1", title(collection));
        html.open("p");
        html.element("code", collection.location(), "class", "location");
        if (category != null) {
            html.trusted(" · ").element("span", category.id().toString(), "class", "typeid");
        }
        html.trusted(" · ").element("span", collection.total() + (collection.total() == 1 ? " entity" : " entities"), "class", "total");
        html.close("p").newline();

        filterForm(collection);
        boolean mixinCollection = category instanceof Mixin;
        long rows = table(entities, mixinCollection ? (Mixin) category : null);
        paging(collection, rows);
        html.close("section").newline();

        if (category instanceof Kind kind && kind.location() != null) {
            createForm(kind);
        } else if (category instanceof Mixin mixin) {
            tagForm(mixin);
        }
    }

    private void filterForm(CollectionInfo collection) throws IOException {
        html.open("form", "method", "get", "class", "filter", "action", links.href(collection.location()));
        html.open("fieldset").element("legend", "Filter");
        html.open("label").element("span", "Text", "class", "name").trusted(" ");
        html.empty("input", "type", "text", "name", FormFields.QUERY, "placeholder", "a value some attribute contains");
        html.close("label");
        html.open("label").element("span", "Category", "class", "name").trusted(" ");
        html.empty("input", "type", "text", "name", FormFields.CATEGORY, "placeholder", "type identifier (scheme#term)");
        html.close("label");
        html.open("label").element("span", "Per page", "class", "name").trusted(" ");
        // The page size asked for, else a sane default: not the total an unpaged listing shows.
        String asked = model.context().queryParameter(FormFields.NUMBER);
        html.empty("input", "type", "number", "min", "1", "name", FormFields.NUMBER,
                "value", asked != null ? String.valueOf(collection.number()) : String.valueOf(DEFAULT_PAGE_SIZE));
        html.close("label");
        html.element("button", "Filter", "type", "submit");
        html.close("fieldset").close("form").newline();
    }

    /** Writes the rows as they come and returns how many there were. */
    private long table(Iterator<EntityView> entities, Mixin untagFrom) throws IOException {
        html.open("table", "class", "entities").open("thead").open("tr");
        html.element("th", "Location").element("th", "Kind").element("th", "Mixins").element("th", "State").element("th", "Title")
                .element("th", "Attributes");
        if (untagFrom != null) {
            html.element("th", "");
        }
        html.close("tr").close("thead").open("tbody").newline();
        long rows = 0;
        while (entities.hasNext()) {
            row(entities.next(), untagFrom);
            rows++;
        }
        html.close("tbody").close("table").newline();
        if (rows == 0) {
            html.element("p", "No entities on this page.", "class", "muted empty");
        }
        return rows;
    }

    private void row(EntityView view, Mixin untagFrom) throws IOException {
        Entity entity = view.entity();
        html.open("tr");
        html.open("td").element("a", entity.location(), "href", links.href(entity.location())).close("td");
        html.element("td", view.kind().id().term(), "title", view.kind().id().toString());
        html.open("td");
        for (Mixin mixin : view.mixins()) {
            html.element("span", mixin.id().term(), "title", mixin.id().toString()).trusted(" ");
        }
        html.close("td");
        html.open("td", "class", "states");
        states.write(html, entity, view.kind(), view.mixins());
        html.close("td");
        html.element("td", entity.title() == null ? "" : entity.title());
        html.open("td", "class", "compact");
        for (Map.Entry<String, Object> attribute : entity.attributes().entrySet()) {
            html.element("code", attribute.getKey()).trusted("=").text(ValueText.of(attribute.getValue())).empty("br");
        }
        html.close("td");
        if (untagFrom != null) {
            html.open("td");
            Optional<String> refused = model.context().untagRefused(untagFrom, entity);
            if (refused.isPresent()) {
                html.element("span", "kept", "class", "refused muted", "title", refused.get());
            } else {
                html.open("form", "method", "post", "class", "inline untag",
                        "action", links.href(untagFrom.location(), FormFields.METHOD_OVERRIDE, "DELETE"));
                html.empty("input", "type", "hidden", "name", FormFields.LOCATION, "value", entity.location());
                html.element("button", "Untag", "type", "submit", "class", "quiet");
                html.close("form");
            }
            html.close("td");
        }
        html.close("tr").newline();
    }

    private void paging(CollectionInfo collection, long rows) throws IOException {
        int number = Math.max(1, collection.number());
        long page = Math.max(1, collection.page());
        long last = Math.max(1, (collection.total() + number - 1) / number);
        html.open("nav", "class", "paging");
        pageLink("First", collection, 1, page > 1);
        pageLink("Previous", collection, page - 1, page > 1);
        html.element("span", "Page " + page + " of " + last + " (" + rows + " shown)", "class", "position");
        pageLink("Next", collection, page + 1, page < last);
        pageLink("Last", collection, last, page < last);
        html.close("nav").newline();
    }

    private void pageLink(String label, CollectionInfo collection, long page, boolean enabled) throws IOException {
        if (enabled) {
            html.element("a", label, "rel", label.toLowerCase(java.util.Locale.ROOT), "href", links.href(collection.location(),
                    FormFields.PAGE, String.valueOf(page), FormFields.NUMBER, String.valueOf(collection.number())));
        } else {
            html.element("span", label, "class", "muted");
        }
    }

    private void createForm(Kind kind) throws IOException {
        html.open("section", "class", "create").element("h2", "Create a " + (kind.title() == null ? kind.id().term() : kind.title()));
        Optional<String> refused = model.context().createRefused(kind);
        if (refused.isPresent()) {
            html.element("p", "Not created here: " + refused.get(), "class", "refused muted");
            html.close("section").newline();
            return;
        }
        html.open("form", "method", "post", "class", "create", "action", links.href(kind.location()));
        html.open("fieldset").element("legend", "New " + kind.id().term());
        html.empty("input", "type", "hidden", "name", FormFields.KIND, "value", kind.id().toString());
        for (AttributeDefinition definition : model.kindAttributes(kind).values()) {
            // The server assigns the id; other immutable attributes are the backend's to set,
            // except a link's source, which only the client can name.
            boolean settable = definition.mutable() || definition.name().equals(Core.SOURCE);
            if (settable && !definition.name().equals(Core.ID) && AttributeInputs.editable(definition)) {
                AttributeInputs.write(html, definition, null, definition.required() && definition.defaultValue() == null);
            }
        }
        html.open("label").element("span", "Mixins", "class", "name").trusted(" ");
        html.empty("input", "type", "text", "name", FormFields.MIXIN, "placeholder", "type identifiers, separated by spaces");
        html.close("label");
        html.element("button", "Create", "type", "submit");
        html.close("fieldset").close("form").close("section").newline();
    }

    private void tagForm(Mixin mixin) throws IOException {
        html.open("section", "class", "tag").element("h2", "Tag an entity with " + mixin.id().term());
        Optional<String> refused = model.context().tagRefused(mixin, null);
        if (refused.isPresent()) {
            html.element("p", "Not tagged here: " + refused.get(), "class", "refused muted");
            html.close("section").newline();
            return;
        }
        html.open("form", "method", "post", "class", "tag", "action", links.href(mixin.location()));
        html.open("fieldset").element("legend", "Tag");
        html.open("label").element("span", "Entity location", "class", "name").trusted(" ");
        html.empty("input", "type", "text", "name", FormFields.LOCATION, "required", "required", "placeholder", "e.g. /compute/42");
        html.close("label");
        html.element("button", "Tag", "type", "submit");
        html.close("fieldset").close("form").close("section").newline();
    }
}
