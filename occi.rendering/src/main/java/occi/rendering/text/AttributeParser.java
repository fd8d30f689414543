package occi.rendering.text;

/** Parses one X-OCCI-Attribute value: {@code name=value}, the value typed (see {@link TypedValues}). */
final class AttributeParser {

    private AttributeParser() {}

    static ParsedAttribute parse(Field field) {
        Cursor cursor = new Cursor(field.value(), field.where());
        Param param = Params.one(cursor, "X-OCCI-Attribute");
        if (!cursor.atEnd()) {
            throw cursor.error("unexpected " + cursor.found() + " after the value of X-OCCI-Attribute " + param.name()
                    + " (quote a value that has spaces or separators)");
        }
        return new ParsedAttribute(param.name(), TypedValues.of(param, false, cursor), field.where());
    }

    /** One attribute as parsed, with where it was (to report one given twice). */
    record ParsedAttribute(String name, Object value, String where) {
    }
}
