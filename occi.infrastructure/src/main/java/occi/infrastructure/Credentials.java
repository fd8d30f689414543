package occi.infrastructure;

import java.util.List;
import occi.api.AttributeDefinition;
import occi.api.AttributeType;
import occi.api.CategoryId;
import occi.api.Kind;
import occi.api.Mixin;

/**
 * The credentials mixin {@code ssh_key} (new in OCCI 1.2): a public SSH key the provider
 * injects into a {@link Compute}. Defined under the scheme rOCCI-core and ooi use
 * ({@link #SSH_KEY}, at {@code /ssh_key/}) and, as an alias, under the 2015 draft's
 * ({@link #SSH_KEY_DRAFT}, at {@code /credentials/ssh_key/}); see {@link Infrastructure}.
 */
public final class Credentials {

    public static final String SCHEME = "http://schemas.ogf.org/occi/infrastructure/credentials#";
    public static final String DRAFT_SCHEME = "http://schemas.ogf.org/occi/credentials#";

    public static final String PUBLICKEY = "occi.credentials.ssh.publickey";

    private static final AttributeDefinition PUBLICKEY_DEFINITION = AttributeDefinition.builder(PUBLICKEY, AttributeType.STRING)
            .required().pattern(Patterns.NOT_BLANK)
            .description("contents of the public key file to inject into the compute").build();

    public static final Mixin SSH_KEY = new Mixin(new CategoryId(SCHEME, "ssh_key"), "SSH key", List.of(),
            List.of(Compute.ID), Kind.attributes(PUBLICKEY_DEFINITION), List.of(), "/ssh_key/");

    public static final Mixin SSH_KEY_DRAFT = new Mixin(new CategoryId(DRAFT_SCHEME, "ssh_key"),
            "SSH key (OCCI 1.2 draft scheme, same as " + SCHEME + "ssh_key)", List.of(),
            List.of(Compute.ID), Kind.attributes(PUBLICKEY_DEFINITION), List.of(), "/credentials/ssh_key/");

    private Credentials() {}
}
