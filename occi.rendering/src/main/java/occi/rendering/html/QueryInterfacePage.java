package occi.rendering.html;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.Category;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Mixin;

/**
 * The query interface as a page: kinds, mixins and actions in sections of their own, each
 * category with its identity, location, relations (as links within the page) and attribute
 * definitions; then the forms to define and remove a user mixin.
 */
final class QueryInterfacePage {

    private final HtmlWriter html;
    private final Links links;
    private final Map<CategoryId, String> anchors = new HashMap<>();

    QueryInterfacePage(HtmlWriter html, Links links) {
        this.html = html;
        this.links = links;
    }

    void write(List<Category> categories) throws IOException {
        List<Category> sorted = categories.stream().sorted(Comparator.comparing(Category::id)).toList();
        for (int i = 0; i < sorted.size(); i++) {
            anchors.put(sorted.get(i).id(), sorted.get(i).categoryClass() + "-" + (i + 1));
        }
        List<Category> kinds = sorted.stream().filter(Kind.class::isInstance).toList();
        List<Category> mixins = sorted.stream().filter(Mixin.class::isInstance).toList();
        List<Category> actions = sorted.stream().filter(Action.class::isInstance).toList();

        html.element("h1", "Query interface");
        html.open("nav", "class", "toc");
        html.element("a", "Kinds (" + kinds.size() + ")", "href", "#kinds");
        html.element("a", "Mixins (" + mixins.size() + ")", "href", "#mixins");
        html.element("a", "Actions (" + actions.size() + ")", "href", "#actions");
        html.element("a", "Define a mixin", "href", "#user-mixins");
        html.close("nav").newline();

        section("kinds", "Kinds", kinds);
        section("mixins", "Mixins", mixins);
        section("actions", "Actions", actions);
        userMixinForms();
    }

    private void section(String id, String heading, List<Category> categories) throws IOException {
        html.open("section", "id", id).element("h2", heading).newline();
        if (categories.isEmpty()) {
            html.element("p", "None.", "class", "muted");
        }
        for (Category category : categories) {
            category(category);
        }
        html.close("section").newline();
    }

    private void category(Category category) throws IOException {
        html.open("section", "class", "category " + category.categoryClass(), "id", anchors.get(category.id()));
        html.element("h3", category.title() == null ? category.id().term() : category.title() + " (" + category.id().term() + ")");
        html.open("table", "class", "facts");
        row("Type", category.id().toString(), null);
        row("Class", category.categoryClass(), null);
        if (category instanceof Kind kind) {
            if (kind.location() != null) {
                row("Location", kind.location(), links.href(kind.location()));
            }
            if (kind.parent() != null) {
                row("Parent", kind.parent().toString(), anchor(kind.parent()));
            }
            references("Actions", kind.actions());
        } else if (category instanceof Mixin mixin) {
            row("Location", mixin.location(), links.href(mixin.location()));
            references("Depends on", mixin.depends());
            references("Applies to", mixin.applies());
            references("Actions", mixin.actions());
        }
        html.close("table");
        attributes(category.attributes());
        html.close("section").newline();
    }

    private void attributes(Map<String, AttributeDefinition> definitions) throws IOException {
        if (definitions.isEmpty()) {
            return;
        }
        html.open("table", "class", "attributes").open("thead").open("tr");
        for (String column : List.of("Attribute", "Type", "Mutable", "Required", "Default", "Pattern", "Description")) {
            html.element("th", column);
        }
        html.close("tr").close("thead").open("tbody");
        for (AttributeDefinition d : definitions.values()) {
            html.open("tr");
            html.open("td").element("code", d.name()).close("td");
            html.element("td", d.type() == occi.api.AttributeType.ENUM ? "enum " + d.enumValues() : d.type().label());
            html.element("td", d.mutable() ? "yes" : "no");
            html.element("td", d.required() ? "yes" : "no");
            html.element("td", ValueText.of(d.defaultValue()));
            html.element("td", d.pattern() == null ? "" : PatternWords.of(d.pattern()), "title", d.pattern());
            html.element("td", d.description() == null ? "" : d.description());
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private void references(String label, List<CategoryId> ids) throws IOException {
        if (ids.isEmpty()) {
            return;
        }
        html.open("tr").element("th", label).open("td");
        for (CategoryId id : ids) {
            String anchor = anchor(id);
            if (anchor == null) {
                html.element("span", id.toString(), "class", "typeid");
            } else {
                html.element("a", id.toString(), "class", "typeid", "href", anchor);
            }
            html.empty("br");
        }
        html.close("td").close("tr");
    }

    private void row(String label, String value, String href) throws IOException {
        html.open("tr").element("th", label).open("td");
        if (href == null) {
            html.element("span", value, "class", "typeid");
        } else {
            html.element("a", value, "class", "typeid", "href", href);
        }
        html.close("td").close("tr");
    }

    private String anchor(CategoryId id) {
        String anchor = anchors.get(id);
        return anchor == null ? null : "#" + anchor;
    }

    private void userMixinForms() throws IOException {
        html.open("section", "id", "user-mixins").element("h2", "User-defined mixins").newline();
        html.open("form", "method", "post", "action", links.queryInterface(), "class", "define-mixin");
        html.open("fieldset").element("legend", "Define a mixin");
        textField("Scheme", FormFields.CATEGORY_SCHEME, "e.g. http://example.com/tags#", true);
        textField("Term", FormFields.CATEGORY_TERM, "e.g. production", true);
        textField("Title", FormFields.CATEGORY_TITLE, "optional", false);
        textField("Location", FormFields.CATEGORY_LOCATION, "e.g. /production/", true);
        textField("Depends on", FormFields.CATEGORY_DEPENDS, "type identifiers, separated by spaces", false);
        textField("Applies to", FormFields.CATEGORY_APPLIES, "kinds' type identifiers, separated by spaces", false);
        html.element("button", "Define", "type", "submit");
        html.close("fieldset").close("form").newline();

        html.open("form", "method", "post", "action", links.href(Links.QUERY_INTERFACE, FormFields.METHOD_OVERRIDE, "DELETE"),
                "class", "remove-mixin");
        html.open("fieldset").element("legend", "Remove a user-defined mixin");
        textField("Type", FormFields.CATEGORY, "the mixin's type identifier (scheme#term)", true);
        html.element("button", "Remove", "type", "submit", "class", "danger");
        html.close("fieldset").close("form").newline();
        html.close("section").newline();
    }

    private void textField(String label, String name, String placeholder, boolean required) throws IOException {
        html.open("label").element("span", label, "class", "name").trusted(" ");
        html.empty("input", "type", "text", "name", name, "placeholder", placeholder, "required", required ? "required" : null);
        html.close("label");
    }
}
