package occi.rendering.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

/**
 * Gives an attribute value its type as GFD.229 writes it: a quoted string is a
 * {@link String} (enums too), an unquoted integer a {@link Long} (a {@link BigDecimal}
 * beyond its range), an unquoted float a {@link BigDecimal}, {@code true}/{@code false} a
 * {@link Boolean}. OCCI 1.1 clients quote numbers: those stay strings here and the server
 * coerces them by the attribute's type.
 */
final class TypedValues {

    private static final Pattern INTEGER = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern FLOAT = Pattern.compile("[+-]?([0-9]+\\.?[0-9]*|\\.[0-9]+)([eE][+-]?[0-9]+)?");

    private TypedValues() {}

    /**
     * The typed value of a parameter.
     *
     * @param bareTextAllowed whether an unquoted word other than a number or boolean is
     *                        text (the Link grammar allows tokens) or an error (X-OCCI-Attribute)
     */
    static Object of(Param param, boolean bareTextAllowed, Cursor cursor) {
        if (param.quoted()) {
            return param.value();
        }
        String token = param.value();
        if (token.equals("true") || token.equals("false")) {
            return Boolean.valueOf(token);
        }
        if (INTEGER.matcher(token).matches()) {
            BigInteger value = new BigInteger(token);
            return value.bitLength() < 64 ? (Object) value.longValue() : new BigDecimal(value);
        }
        if (FLOAT.matcher(token).matches()) {
            try {
                return new BigDecimal(token);
            } catch (NumberFormatException e) {
                // the pattern matched, so only the exponent can be beyond what BigDecimal holds
                throw cursor.error("the value of " + param.name() + " is " + token + ": exponent out of range");
            }
        }
        if (bareTextAllowed) {
            return token;
        }
        throw cursor.error("the value of " + param.name() + " is " + token
                + ": quote text (\"" + token + "\"), write numbers and true/false bare");
    }
}
