package occi.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OcciExceptionTest {

    @Test
    void theFactoriesCarryTheirStatus() {
        assertThat(OcciException.badRequest("m").status()).isEqualTo(400);
        assertThat(OcciException.unauthorized("m").status()).isEqualTo(401);
        assertThat(OcciException.forbidden("m").status()).isEqualTo(403);
        assertThat(OcciException.notFound("m").status()).isEqualTo(404);
        assertThat(OcciException.conflict("m").status()).isEqualTo(409);
        assertThat(OcciException.preconditionFailed("m").status()).isEqualTo(412);
        assertThat(OcciException.unavailable("m").status()).isEqualTo(503);
        assertThat(new OcciException(413, "too large")).hasMessage("too large");
    }

    @Test
    void onlyErrorStatusesAreAllowed() {
        assertThatThrownBy(() -> new OcciException(200, "OK")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an OCCI error has a 4xx or 5xx status, not 200");
        assertThatThrownBy(() -> new OcciException(600, "?")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInvalidAttributeIsABadRequestNamingTheAttribute() {
        InvalidAttributeException e = new InvalidAttributeException("occi.compute.cores", "expected an integer");

        assertThat(e.status()).isEqualTo(400);
        assertThat(e.attribute()).isEqualTo("occi.compute.cores");
        assertThat(e).hasMessage("attribute occi.compute.cores: expected an integer");
    }
}
