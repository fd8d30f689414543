package occi.admin.internal.inventory;

/**
 * A category a backend serves, with the backend's first role ({@code KindBackend}, {@code
 * MixinBackend}, {@code ActionBackend}) and bundle.
 *
 * @param typeId the category's type identifier (scheme and term)
 */
public record Definition(String typeId, String backend, String bundle) {

    /** The term: what follows the scheme's '#'. */
    public String term() {
        return typeId.substring(typeId.lastIndexOf('#') + 1);
    }
}
