package occi.rendering.text;

import java.util.ArrayList;
import java.util.List;
import occi.api.rendering.LinkRepresentation;
import occi.rendering.text.AttributeParser.ParsedAttribute;

/**
 * Every field of a request, parsed, grouped by kind and in order: what a text request
 * says before it is read as an entity, an action invocation, categories, locations or a
 * filter (see {@link RequestShapes}).
 */
record TextDocument(List<ParsedCategory> categories, List<Located<LinkRepresentation>> links,
        List<ParsedAttribute> attributes, List<Located<String>> locations) {

    /** A parsed value and where it was. */
    record Located<T>(T value, String where) {
    }

    static TextDocument parse(List<Field> fields) {
        List<ParsedCategory> categories = new ArrayList<>();
        List<Located<LinkRepresentation>> links = new ArrayList<>();
        List<ParsedAttribute> attributes = new ArrayList<>();
        List<Located<String>> locations = new ArrayList<>();
        for (Field field : fields) {
            switch (field.name()) {
                case CATEGORY -> categories.add(CategoryParser.parse(field));
                case LINK -> LinkParser.parse(field).ifPresent(link -> links.add(new Located<>(link, field.where())));
                case ATTRIBUTE -> attributes.add(AttributeParser.parse(field));
                case LOCATION -> locations.add(new Located<>(LocationParser.parse(field), field.where()));
            }
        }
        return new TextDocument(List.copyOf(categories), List.copyOf(links), List.copyOf(attributes),
                List.copyOf(locations));
    }
}
