package occi.rendering.text;

/**
 * One value of a text field as a client sent it, already split from a comma-joined list:
 * {@code compute; scheme="..."; class="kind"} of a {@code Category} field.
 *
 * @param name  which field
 * @param value the value, without the field name
 * @param where where it came from, for error messages: {@code line 3}, {@code Category header 2}
 */
record Field(FieldName name, String value, String where) {
}
