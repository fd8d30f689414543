package confine.orm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuthenticationTest extends LocalControllerTest {

    @Test
    void anActionWithoutCredentialsSaysWhyAsTheSeedShows() {
        Resource node = api.manager("nodes").get("id", 1413);
        assertThatThrownBy(() -> node.invoke("reboot"))
                .isInstanceOfSatisfying(ResponseStatusException.class, e -> {
                    assertThat(e.status()).isEqualTo(403);
                    assertThat(e.expected()).containsExactly(200, 201, 202);
                    assertThat(e.detail()).isEqualTo("Authentication credentials were not provided.");
                })
                .hasMessage(uri("nodes/1413/ctl/reboot/") + " 403 FORBIDDEN (!= 200, 201, 202) "
                        + "Authentication credentials were not provided.");
    }

    @Test
    void loginSendsTheTokenUntilLogout() {
        Resource node = api.manager("nodes").get("id", 1413);
        api.login("vct", "vct");
        assertThat(api.loggedIn()).isTrue();
        assertThat(node.invoke("reboot").path("detail").asText()).isEqualTo("Node instructed to reboot");
        node.set("description", "saved with a token").save();
        assertThat(controller.testbed().get("nodes", 1413).orElseThrow().path("description").asText())
                .isEqualTo("saved with a token");
        api.logout();
        assertThat(api.loggedIn()).isFalse();
        assertThatThrownBy(() -> node.invoke("reboot")).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("403 FORBIDDEN");
    }

    @Test
    void wrongCredentialsAreRefused() {
        assertThatThrownBy(() -> api.login("vct", "wrong")).isInstanceOf(ResponseStatusException.class)
                .hasMessageStartingWith(api.action("get_auth_token").uri().toString())
                .hasMessageContaining("(!= 200, 201, 202)");
        assertThat(api.loggedIn()).isFalse();
    }

    @Test
    void credentialsOrATokenInTheOptions() {
        try (Api withCredentials = Api.of(controller.baseUri(), options().credentials("vct", "vct").build())) {
            assertThat(withCredentials.manager("nodes").get("id", 1413).invoke("reboot").path("detail").asText())
                    .isEqualTo("Node instructed to reboot");
        }
        String token = controller.testbed().token("vct");
        try (Api withToken = Api.of(controller.baseUri(), options().token(token).build())) {
            assertThat(withToken.loggedIn()).isTrue();
            assertThat(withToken.get(uri(NODE_1413)).invoke("reboot").path("detail").asText())
                    .isEqualTo("Node instructed to reboot");
        }
    }
}
