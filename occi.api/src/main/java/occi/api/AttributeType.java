package occi.api;

/** The type of an attribute's values, as OCCI 1.2 names them (plus integer, which the JSON schema calls number). */
public enum AttributeType {
    STRING, NUMBER, INTEGER, BOOLEAN, ENUM, ARRAY, OBJECT;

    /** The name used in renderings: {@code string}, {@code number}, ... */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
