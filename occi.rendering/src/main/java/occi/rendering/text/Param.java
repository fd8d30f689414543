package occi.rendering.text;

/**
 * One {@code name=value} of a field: a Category's {@code scheme="..."}, a Link's
 * {@code self="..."} or attribute, an X-OCCI-Attribute.
 *
 * @param name   the parameter's name
 * @param value  its value, unescaped
 * @param quoted whether it was a quoted string (then it is text) or a bare token (a number, a boolean ...)
 */
record Param(String name, String value, boolean quoted) {
}
