package occi.admin.internal.inventory;

/**
 * One category of the server's query interface, with what defines it: a backend's bundle,
 * {@code core} for OCCI Core's own kinds, {@code user} for user-defined mixins.
 *
 * @param categoryClass {@code kind}, {@code mixin} or {@code action}
 * @param location      its collection's location as the server renders it, or empty
 * @param parent        a kind's parent type identifier, or empty
 */
public record CategoryRow(String categoryClass, String scheme, String term, String title, String location,
        String parent, String definedBy) {

    public String typeId() {
        return scheme + term;
    }
}
