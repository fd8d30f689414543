package occi.rendering.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads {@code name=value} parameters: one of an X-OCCI-Attribute, or the {@code ;}-separated ones of Category and Link. */
final class Params {

    /** GFD.229's attribute-name and the names of Category and Link parameters. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private Params() {}

    /** One {@code name=value} (the X-OCCI-Attribute grammar). */
    static Param one(Cursor cursor, String what) {
        String name = cursor.token("the name of " + what);
        if (!NAME.matcher(name).matches()) {
            throw cursor.error("'" + name + "' is not a valid name of " + what);
        }
        cursor.expect('=', "after " + name);
        if (cursor.peek() == '"') {
            return new Param(name, cursor.quoted("the value of " + name), true);
        }
        if (cursor.atEnd() || cursor.peek() == ';') {
            throw cursor.error("missing value of " + name);
        }
        return new Param(name, cursor.token("the value of " + name), false);
    }

    /** Every {@code ; name=value} up to the end of the field. */
    static List<Param> rest(Cursor cursor, String what) {
        List<Param> params = new ArrayList<>();
        while (!cursor.atEnd()) {
            cursor.expect(';', "between the parameters of " + what);
            if (cursor.atEnd()) {
                break; // a trailing ';', as in the spec's own examples
            }
            params.add(one(cursor, "a parameter of " + what));
        }
        return params;
    }
}
