package occi.infrastructure;

import java.util.List;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Mixin;

/**
 * The contextualisation mixin {@code user_data} (new in OCCI 1.2): base64 data (a script,
 * a cloud-init file) that a {@link Compute} runs at the end of its boot. It is given once:
 * an update that changes it is refused.
 *
 * <p>Defined under the scheme rOCCI-core and ooi use ({@link #USER_DATA}, at
 * {@code /user_data/}, attribute {@code occi.compute.userdata}) and, as an alias, under
 * the 2015 draft's ({@link #USER_DATA_DRAFT}, at {@code /contextualization/user_data/},
 * attribute {@code occi.compute.user_data} as the draft spells it). Applying the alias
 * stores the canonical mixin and attribute name.
 */
public final class Contextualization {

    public static final String SCHEME = "http://schemas.ogf.org/occi/infrastructure/compute#";
    public static final String DRAFT_SCHEME = "http://schemas.ogf.org/occi/compute#";

    public static final String USERDATA = "occi.compute.userdata";
    /** The attribute name of the 2015 draft. */
    public static final String USERDATA_DRAFT = "occi.compute.user_data";

    public static final Mixin USER_DATA = new Mixin(new CategoryId(SCHEME, "user_data"), "User data", List.of(),
            List.of(Compute.ID), Kind.attributes(userdata(USERDATA)), List.of(), "/user_data/");

    public static final Mixin USER_DATA_DRAFT = new Mixin(new CategoryId(DRAFT_SCHEME, "user_data"),
            "User data (OCCI 1.2 draft scheme, same as " + SCHEME + "user_data)", List.of(),
            List.of(Compute.ID), Kind.attributes(userdata(USERDATA_DRAFT)), List.of(), "/contextualization/user_data/");

    private Contextualization() {}

    private static AttributeDefinition userdata(String name) {
        return AttributeDefinition.builder(name, AttributeType.STRING).required().pattern(Patterns.BASE64)
                .description("base64-encoded contextualisation data, run once at boot; given once, never changed").build();
    }
}
