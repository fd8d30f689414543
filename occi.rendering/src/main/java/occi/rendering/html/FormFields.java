package occi.rendering.html;

/**
 * The names of the form fields the HTML pages send and the rendering reads. Browsers post
 * forms as {@code application/x-www-form-urlencoded}; these names are the whole contract,
 * documented in the module's README.
 */
final class FormFields {

    /** The kind of a new entity, as a type identifier ({@code scheme#term}). */
    static final String KIND = "kind";
    /** A mixin of the entity, as a type identifier; repeated, and each value may list several separated by spaces. */
    static final String MIXIN = "mixin";
    /** Prefix of an attribute value: {@code attribute.occi.compute.cores=2}. A blank value means "not given". */
    static final String ATTRIBUTE_PREFIX = "attribute.";
    /** The action invoked, as a type identifier (the URL carries its term in {@code ?action=}). */
    static final String ACTION = "action";
    /** An entity location ({@code /compute/42}) to tag or untag with a mixin; repeated. */
    static final String LOCATION = "location";
    /** A category's type identifier: a filter, or a user mixin to remove; repeated. */
    static final String CATEGORY = "category";
    /** The parts of a user-defined mixin posted to the query interface. */
    static final String CATEGORY_SCHEME = "category.scheme";
    static final String CATEGORY_TERM = "category.term";
    static final String CATEGORY_TITLE = "category.title";
    static final String CATEGORY_LOCATION = "category.location";
    /** Mixins the new one depends on, type identifiers; repeated or space-separated. */
    static final String CATEGORY_DEPENDS = "category.depends";
    /** Kinds the new one applies to, type identifiers; repeated or space-separated. */
    static final String CATEGORY_APPLIES = "category.applies";

    /**
     * The query parameter that turns a form's POST into another method, since HTML forms
     * only GET and POST: {@code <form method="post" action="/compute/42?_method=DELETE">}.
     * It travels in the URL, not the body, so the server can honour it before it reads the
     * body. Values: {@code DELETE} and {@code PUT}.
     */
    static final String METHOD_OVERRIDE = "_method";

    /** Query parameters of a collection page. */
    static final String PAGE = "page";
    static final String NUMBER = "number";
    static final String QUERY = "q";

    private FormFields() {}
}
