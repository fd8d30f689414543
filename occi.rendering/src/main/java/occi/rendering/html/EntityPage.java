package occi.rendering.html;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import occi.api.Action;
import occi.api.AttributeDefinition;
import occi.api.CategoryId;
import occi.api.Core;
import occi.api.Entity;
import occi.api.Link;
import occi.api.Mixin;
import occi.api.Resource;
import occi.api.rendering.EntityView;

/**
 * One entity as a page: its kind and mixins (each mixin with an untag button, and a form
 * to tag another), its attributes with a form to update the mutable ones, its links as
 * navigable links (or, for a link, its source and target), one form per applicable action
 * with that action's attributes, and a delete button. The entity's states come first, as
 * badges. What the backends say they would refuse (delete, any change, untag, tag with a
 * mixin) is not offered: the reason is shown instead of the button, and a refused mixin is not a choice.
 */
final class EntityPage {

    private final HtmlWriter html;
    private final Links links;
    private final ModelView model;
    /** Why the backends refuse every change to the entity shown, or null: then no form changes it. */
    private String changeRefused;

    EntityPage(HtmlWriter html, Links links, ModelView model) {
        this.html = html;
        this.links = links;
        this.model = model;
    }

    static String title(Entity entity) {
        return entity.title() == null || entity.title().isBlank() ? entity.location() : entity.title();
    }

    void write(EntityView view) throws IOException {
        Entity entity = view.entity();
        changeRefused = model.context().changeRefused(entity).orElse(null);
        html.open("article", "class", "entity " + (entity instanceof Link ? "link" : "resource"));
        html.element("h1", title(entity));
        html.open("p").element("code", entity.location(), "class", "location").close("p").newline();
        html.open("p", "class", "states");
        if (new StateBadges(model).write(html, entity, view.kind(), view.mixins()) == 0) {
            html.element("span", "no state", "class", "muted");
        }
        html.close("p").newline();

        kindAndMixins(view);
        attributes(view);
        if (entity instanceof Resource) {
            resourceLinks(view);
        } else if (entity instanceof Link link) {
            linkEnds(link);
        }
        actions(view);
        delete(entity);
        html.close("article").newline();
    }

    private void kindAndMixins(EntityView view) throws IOException {
        html.open("section", "class", "categories").element("h2", "Kind and mixins");
        html.open("table").open("tbody");
        html.open("tr").element("th", "Kind").open("td");
        categoryLink(view.kind().id().toString(), view.kind().location());
        html.close("td").element("td", "").close("tr");
        for (Mixin mixin : view.mixins()) {
            html.open("tr").element("th", "Mixin").open("td");
            categoryLink(mixin.id().toString(), mixin.location());
            html.close("td").open("td");
            Optional<String> refused = changeRefused != null ? Optional.of(changeRefused)
                    : model.context().untagRefused(mixin, view.entity());
            if (refused.isPresent()) {
                refusal("kept", refused.get());
            } else if (mixin.location() != null) {
                // Untagging is a DELETE on the mixin's collection naming this entity.
                html.open("form", "method", "post", "class", "inline untag",
                        "action", links.href(mixin.location(), FormFields.METHOD_OVERRIDE, "DELETE"));
                html.empty("input", "type", "hidden", "name", FormFields.LOCATION, "value", view.entity().location());
                html.element("button", "Untag", "type", "submit", "class", "quiet");
                html.close("form");
            }
            html.close("td").close("tr");
        }
        html.close("tbody").close("table");

        // Tagging is a partial update (POST) that names the mixins to add: a choice among
        // those the server says apply to the kind and the entity does not have yet.
        Set<CategoryId> has = new HashSet<>();
        view.mixins().forEach(m -> has.add(m.id()));
        List<Mixin> offered = model.context().applicableMixins(view.kind().id()).stream().filter(m -> !has.contains(m.id()))
                .filter(m -> model.context().tagRefused(m, view.entity()).isEmpty())
                .sorted(Comparator.comparing(m -> m.id().toString())).toList();
        if (changeRefused != null) {
            html.element("p", "Not tagged here: " + changeRefused, "class", "refused muted no-tag");
        } else if (offered.isEmpty()) {
            html.element("p", "No other mixin applies to a " + view.kind().id().term() + ".", "class", "muted no-tag");
        } else {
            html.open("form", "method", "post", "class", "tag", "action", links.href(view.entity().location()));
            html.open("fieldset").element("legend", "Tag with a mixin");
            html.open("label").element("span", "Mixin", "class", "name").trusted(" ");
            html.open("select", "name", FormFields.MIXIN, "required", "required");
            html.element("option", "—", "value", "");
            for (Mixin mixin : offered) {
                String label = mixin.title() == null || mixin.title().isBlank() ? mixin.id().toString()
                        : mixin.title() + " (" + mixin.id() + ")";
                html.element("option", label, "value", mixin.id().toString());
            }
            html.close("select");
            html.close("label");
            html.element("button", "Tag", "type", "submit");
            html.close("fieldset").close("form");
        }
        html.close("section").newline();
    }

    private void categoryLink(String typeId, String location) throws IOException {
        if (location == null) {
            html.element("span", typeId, "class", "typeid");
        } else {
            html.element("a", typeId, "class", "typeid", "href", links.href(location));
        }
    }

    private void attributes(EntityView view) throws IOException {
        Entity entity = view.entity();
        html.open("section", "class", "attributes").element("h2", "Attributes");
        html.open("table").open("thead").open("tr").element("th", "Attribute").element("th", "Value")
                .close("tr").close("thead").open("tbody");
        for (Map.Entry<String, Object> attribute : entity.allAttributes().entrySet()) {
            html.open("tr").open("td").element("code", attribute.getKey()).close("td");
            html.element("td", ValueText.of(attribute.getValue()), "data-attribute", attribute.getKey());
            html.close("tr");
        }
        html.close("tbody").close("table");

        Map<String, AttributeDefinition> definitions = model.entityAttributes(view.kind(), view.mixins());
        var editable = definitions.values().stream()
                .filter(d -> d.mutable() && AttributeInputs.editable(d) && !d.name().equals(Core.ID))
                .toList();
        if (!editable.isEmpty() && changeRefused != null) {
            html.element("p", "Not changed here: " + changeRefused, "class", "refused muted");
        } else if (!editable.isEmpty()) {
            html.open("form", "method", "post", "class", "update", "action", links.href(entity.location()));
            html.open("fieldset").element("legend", "Update attributes");
            Map<String, Object> current = entity.allAttributes();
            for (AttributeDefinition definition : editable) {
                AttributeInputs.write(html, definition, current.get(definition.name()), false);
            }
            html.element("button", "Update", "type", "submit");
            html.close("fieldset").close("form");
        }
        html.close("section").newline();
    }

    private void resourceLinks(EntityView view) throws IOException {
        html.open("section", "class", "links").element("h2", "Links");
        if (view.links().isEmpty()) {
            html.element("p", "No links.", "class", "muted");
        } else {
            html.open("table").open("thead").open("tr").element("th", "Link").element("th", "Kind").element("th", "Target")
                    .close("tr").close("thead").open("tbody");
            for (EntityView linkView : view.links()) {
                Link link = (Link) linkView.entity();
                html.open("tr").open("td").element("a", title(link), "href", links.href(link.location())).close("td");
                html.element("td", linkView.kind().id().toString(), "class", "typeid");
                html.open("td");
                target(link.target());
                html.close("td").close("tr");
            }
            html.close("tbody").close("table");
        }
        html.close("section").newline();
    }

    private void linkEnds(Link link) throws IOException {
        html.open("section", "class", "ends").element("h2", "Source and target");
        html.open("table").open("tbody");
        html.open("tr").element("th", "Source").open("td");
        target(link.source());
        html.close("td").close("tr");
        html.open("tr").element("th", "Target").open("td");
        target(link.target());
        html.close("td").close("tr");
        html.close("tbody").close("table").close("section").newline();
    }

    /** A link target: followable when it is local or http(s), shown as text otherwise. */
    private void target(String target) throws IOException {
        String href = links.target(target);
        if (href == null) {
            html.element("span", target, "class", "typeid");
        } else {
            html.element("a", target, "class", "typeid", "href", href);
        }
    }

    private void actions(EntityView view) throws IOException {
        html.open("section", "class", "actions").element("h2", "Actions");
        if (view.actions().isEmpty()) {
            html.element("p", "No action applies now.", "class", "muted");
        } else if (changeRefused != null) {
            html.element("p", "No action here: " + changeRefused, "class", "refused muted");
        }
        for (Action action : changeRefused == null ? view.actions() : List.<Action>of()) {
            html.open("form", "method", "post", "class", "action", "data-action", action.id().toString(),
                    "action", links.href(view.entity().location(), FormFields.ACTION, action.id().term()));
            html.open("fieldset").element("legend", action.title() == null ? action.id().term() : action.title());
            html.empty("input", "type", "hidden", "name", FormFields.ACTION, "value", action.id().toString());
            for (AttributeDefinition definition : action.attributes().values()) {
                if (AttributeInputs.editable(definition)) {
                    AttributeInputs.write(html, definition, null, definition.required() && definition.defaultValue() == null);
                }
            }
            html.element("button", action.id().term(), "type", "submit", "name", "invoke", "value", action.id().term());
            html.close("fieldset").close("form").newline();
        }
        html.close("section").newline();
    }

    private void delete(Entity entity) throws IOException {
        html.open("section", "class", "delete").element("h2", "Delete");
        Optional<String> refused = model.context().deleteRefused(entity);
        if (refused.isPresent()) {
            html.open("p");
            refusal("Not deleted here", refused.get());
            html.close("p");
        } else {
            html.open("form", "method", "post", "class", "delete",
                    "action", links.href(entity.location(), FormFields.METHOD_OVERRIDE, "DELETE"));
            html.element("button", "Delete " + entity.location(), "type", "submit", "class", "danger");
            html.close("form");
        }
        html.close("section").newline();
    }

    /** What is shown where a backend refuses an operation: a short label and its reason, in words. */
    private void refusal(String label, String reason) throws IOException {
        html.element("span", label + ": " + reason, "class", "refused muted", "title", reason);
    }
}
