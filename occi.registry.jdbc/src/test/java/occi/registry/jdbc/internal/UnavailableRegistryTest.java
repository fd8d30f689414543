package occi.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;

/** The reason a client reads in the 503 while the JDBC registry cannot serve: what went wrong, without paths or SQL. */
class UnavailableRegistryTest {

    private static ComponentConfigurationDTO failed(String failure) {
        ComponentConfigurationDTO dto = new ComponentConfigurationDTO();
        dto.state = ComponentConfigurationDTO.FAILED_ACTIVATION;
        dto.failure = failure;
        return dto;
    }

    @Test
    void aSecondContainerOnTheSameH2FileIsToldSo() {
        assertThat(UnavailableRegistry.why(failed("org.h2.jdbc.JdbcSQLNonTransientConnectionException: Database may be already in use: "
                + "\"/home/me/occi/data/registry/occi.mv.db\". The file is locked"))).isEqualTo(
                        "its database file is held by another process (is another container running in the same folder?)")
                .doesNotContain("/home");
    }

    @Test
    void otherFailuresAreNamedWithoutTheirDetails() {
        assertThat(UnavailableRegistry.why(failed("FATAL: password authentication failed for user \"occi\"")))
                .isEqualTo("the database refused the configured user");
        assertThat(UnavailableRegistry.why(failed("the database has schema version 999; this bundle knows versions up to 6")))
                .isEqualTo("its database has a schema newer than this container knows");
        assertThat(UnavailableRegistry.why(failed("Connection to 127.0.0.1:5999 refused"))).isEqualTo("its database cannot be reached");
        assertThat(UnavailableRegistry.why(failed("java.lang.NullPointerException at x.y.Z"))).isEqualTo("it could not open its database");
        ComponentConfigurationDTO noDriver = new ComponentConfigurationDTO();
        noDriver.state = ComponentConfigurationDTO.UNSATISFIED_REFERENCE;
        assertThat(UnavailableRegistry.why(noDriver)).isEqualTo("its JDBC driver is not available");
    }

    @Test
    void onlyFailuresALaterTryCanMendAreRetried() {
        assertThat(UnavailableRegistry.mendable("Database may be already in use: \"/x/occi.mv.db\". The file is locked")).isTrue();
        assertThat(UnavailableRegistry.mendable("Connection to 127.0.0.1:5999 refused")).isTrue();
        assertThat(UnavailableRegistry.mendable("FATAL: password authentication failed for user \"occi\"")).isTrue();
        assertThat(UnavailableRegistry.mendable("the database has schema version 999; this bundle knows versions up to 6")).isFalse();
        assertThat(UnavailableRegistry.mendable("the JDBC driver org.h2.Driver does not accept jdbc:postgresql://x/y")).isFalse();
    }
}
