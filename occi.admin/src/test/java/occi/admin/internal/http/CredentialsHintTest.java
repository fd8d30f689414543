package occi.admin.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A 401 from the server says which configuration gives the administration tools their credentials. */
class CredentialsHintTest {

    private static final HttpHeaders NONE = HttpHeaders.of(Map.of(), (name, value) -> true);

    @Test
    void withoutCredentialsThe401SaysWhereToSetThem() {
        Reply reply = new Reply(401, NONE, "Authentication required.", OcciClient.credentialsHint(401, ""));
        assertThat("GET -/ answered " + reply.message())
                .startsWith("GET -/ answered 401 Authentication required. (")
                .contains("conf/occi.admin.cfg").contains("'username' and 'password'").contains("occi.security.user");
    }

    @Test
    void withRefusedCredentialsThe401NamesTheConfiguredUser() {
        assertThat(new Reply(401, NONE, "", OcciClient.credentialsHint(401, "ops")).message())
                .startsWith("401 (").contains("refused the user 'ops'").contains("occi.admin");
    }

    @Test
    void otherAnswersCarryNoHint() {
        assertThat(OcciClient.credentialsHint(404, "")).isEmpty();
        assertThat(OcciClient.credentialsHint(200, "")).isEmpty();
        assertThat(new Reply(404, NONE, "# not found").message()).isEqualTo("404 not found");
    }
}
