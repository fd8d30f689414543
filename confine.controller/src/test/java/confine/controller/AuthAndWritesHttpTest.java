package confine.controller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Tokens, who may write what, creating, changing and deleting resources, validation and state rules. */
class AuthAndWritesHttpTest extends HttpTestSupport {

    static final String NOT_AUTHENTICATED = "{\"detail\":\"Authentication credentials were not provided.\"}";

    @Test
    void theSampleUserGetsATokenWithJsonOrAForm() throws Exception {
        String token = token("vct", "vct");
        assertThat(token).hasSize(40);
        assertThat(token("vct@localhost", "vct")).as("the e-mail address is a login too").isEqualTo(token);

        HttpResponse<String> form = send("POST", "api-token-auth/", null,
                "Content-Type", "application/x-www-form-urlencoded");
        assertThat(form.statusCode()).isEqualTo(400);
        HttpResponse<String> formWithCredentials = http.send(java.net.http.HttpRequest.newBuilder(base.resolve("api-token-auth/"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("username=vct&password=vct")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json(formWithCredentials).path("token").asText()).isEqualTo(token);
    }

    @Test
    void wrongOrMissingCredentialsAre400() throws Exception {
        HttpResponse<String> wrong = send("POST", "api-token-auth/", "{\"username\": \"vct\", \"password\": \"nope\"}");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(json(wrong).path("non_field_errors").get(0).asText()).isEqualTo("Unable to login with provided credentials.");

        HttpResponse<String> missing = send("POST", "api-token-auth/", "{\"username\": \"vct\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).path("password").get(0).asText()).isEqualTo("This field is required.");
    }

    @Test
    void writingWithoutCredentialsIs403WithTheControllersMessage() throws Exception {
        HttpResponse<String> response = send("PATCH", "nodes/1413/", "{\"description\": \"x\"}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo(NOT_AUTHENTICATED);
        assertThat(send("POST", "nodes/1413/ctl/reboot/", null).body()).isEqualTo(NOT_AUTHENTICATED);
        assertThat(send("DELETE", "slivers/42/", null).statusCode()).isEqualTo(403);
        assertThat(get("slivers/42/").statusCode()).as("nothing was deleted").isEqualTo(200);
    }

    @Test
    void aBadTokenIs401() throws Exception {
        HttpResponse<String> response = as("0123456789", "GET", "nodes/", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Token");
        assertThat(json(response).path("detail").asText()).isEqualTo("Invalid token");
    }

    @Test
    void groupAdminsChangeTheirNodesOthersMayNot() throws Exception {
        HttpResponse<String> changed = as(token("vct", "vct"), "PATCH", "nodes/1413/", "{\"description\": \"rack 3\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(json(changed).path("description").asText()).isEqualTo("rack 3");
        assertThat(json(get("nodes/1413/")).path("description").asText()).isEqualTo("rack 3");

        String stranger = newUser("stranger", "secret");
        HttpResponse<String> refused = as(stranger, "PATCH", "nodes/1413/", "{\"description\": \"mine\"}");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(json(refused).path("detail").asText()).isEqualTo("You do not have permission to perform this action.");
        assertThat(as(stranger, "POST", "slices/7/ctl/renew/", null).statusCode()).isEqualTo(403);
    }

    @Test
    void templatesAreForSuperusersAndUsersChangeOnlyThemselves() throws Exception {
        String vct = token("vct", "vct");
        assertThat(as(vct, "PATCH", "templates/1/", "{\"description\": \"x\"}").statusCode()).isEqualTo(403);
        assertThat(as(token("admin", "admin"), "PATCH", "templates/1/", "{\"description\": \"x\"}").statusCode()).isEqualTo(200);
        assertThat(as(vct, "PATCH", "users/1/", "{\"description\": \"me\"}").statusCode()).isEqualTo(200);
        assertThat(as(vct, "PATCH", "users/1/", "{\"is_superuser\": true}").statusCode()).isEqualTo(200);
        assertThat(json(get("users/1/")).path("is_superuser").asBoolean()).as("a superuser-only member is ignored").isFalse();
        assertThat(as(vct, "POST", "users/", "{\"name\": \"new\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void creatingANodeAnswers201WithItsLocationAndTheControllersMembers() throws Exception {
        HttpResponse<String> created = as(token("vct", "vct"), "POST", "nodes/",
                "{\"name\": \"new-node\", \"arch\": \"x86_64\", \"group\": {\"uri\": \"" + base + "groups/2/\"}, \"boot_sn\": 99}");

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(contentType(created)).isEqualTo(profile("node"));
        JsonNode node = json(created);
        assertThat(created.headers().firstValue("Location")).hasValue(node.path("uri").asText());
        assertThat(node.path("uri").asText()).isEqualTo(base + "nodes/1414/");
        assertThat(node.path("set_state").asText()).isEqualTo("debug");
        assertThat(node.path("boot_sn").asInt()).as("read-only").isZero();
        assertThat(node.path("mgmt_net").path("addr").asText()).isEqualTo("fd65:fc41:c50f:586::2");
        assertThat(json(get("nodes/"))).extracting(n -> n.path("name").asText()).contains("new-node");
    }

    @Test
    void invalidDocumentsAre400WithMessagesByMember() throws Exception {
        String vct = token("vct", "vct");
        HttpResponse<String> empty = as(vct, "POST", "nodes/", "{\"arch\": \"sparc\"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        JsonNode errors = json(empty);
        assertThat(errors.path("name").get(0).asText()).isEqualTo("This field is required.");
        assertThat(errors.path("group").get(0).asText()).isEqualTo("This field is required.");
        assertThat(errors.path("arch").get(0).asText()).contains("sparc is not one of the available choices");

        HttpResponse<String> missingGroup = as(vct, "POST", "nodes/",
                "{\"name\": \"n\", \"arch\": \"i686\", \"group\": {\"uri\": \"" + base + "groups/77/\"}}");
        assertThat(json(missingGroup).path("group").get(0).asText()).isEqualTo("Invalid hyperlink - object does not exist.");

        HttpResponse<String> notJson = as(vct, "PATCH", "nodes/1413/", "{broken");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson).path("detail").asText()).startsWith("JSON parse error");

        HttpResponse<String> deep = as(vct, "PATCH", "nodes/1413/", "[".repeat(1500) + "]".repeat(1500));
        assertThat(deep.statusCode()).isEqualTo(400);
        assertThat(json(deep).path("detail").asText()).contains("nesting depth", "maximum allowed (1000)")
                .doesNotContain("StreamReadConstraints", "`");
    }

    @Test
    void slicesMoveBetweenStatesWithPatchButNotWithPut() throws Exception {
        String vct = token("vct", "vct");
        HttpResponse<String> deploy = as(vct, "PATCH", "slices/7/", "{\"set_state\": \"deploy\"}");
        assertThat(deploy.statusCode()).isEqualTo(200);
        assertThat(json(deploy).path("set_state").asText()).isEqualTo("deploy");

        ObjectNode slice = (ObjectNode) json(get("slices/7/"));
        slice.put("set_state", "start");
        HttpResponse<String> put = as(vct, "PUT", "slices/7/", slice.toString());
        assertThat(put.statusCode()).isEqualTo(400);
        assertThat(json(put).path("set_state").get(0).asText()).isEqualTo("Not allowed to change using a PUT operation. PATCH should be used instead.");

        assertThat(as(vct, "PATCH", "slices/7/", "{\"set_state\": \"running\"}").statusCode()).isEqualTo(400);
        assertThat(as(vct, "PATCH", "slices/7/", "{\"set_state\": \"register\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void aSliverNeverAsksBeyondItsSlice() throws Exception {
        String vct = token("vct", "vct");
        HttpResponse<String> beyond = as(vct, "PATCH", "slivers/42/", "{\"set_state\": \"deploy\"}");
        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(json(beyond).path("set_state").get(0).asText()).contains("beyond its slice");

        as(vct, "PATCH", "slices/7/", "{\"set_state\": \"start\"}");
        assertThat(as(vct, "PATCH", "slivers/42/", "{\"set_state\": \"deploy\"}").statusCode()).isEqualTo(200);
    }

    @Test
    void nodesLeaveDebugOnlyByThemselvesAndReachProductionFromSafe() throws Exception {
        String vct = token("vct", "vct");
        HttpResponse<String> leave = as(vct, "PATCH", "nodes/1413/", "{\"set_state\": \"safe\"}");
        assertThat(leave.statusCode()).isEqualTo(400);
        assertThat(json(leave).path("set_state").get(0).asText()).isEqualTo("Can not manually exit from Debug state.");

        controller.testbed().update("nodes", 1413, node -> node.put("set_state", "safe")); // the node reports
        assertThat(as(vct, "PATCH", "nodes/1413/", "{\"set_state\": \"production\"}").statusCode()).isEqualTo(200);
        assertThat(as(vct, "PATCH", "nodes/1413/", "{\"set_state\": \"debug\"}").statusCode()).isEqualTo(400);
    }

    @Test
    void aNewSliverShowsOnItsNodeAndSliceAndGoesWithThem() throws Exception {
        String vct = token("vct", "vct");
        String node = json(as(vct, "POST", "nodes/", "{\"name\": \"n2\", \"arch\": \"i686\", \"group\": {\"uri\": \"" + base + "groups/2/\"}}"))
                .path("uri").asText();
        HttpResponse<String> sliver = as(vct, "POST", "slivers/",
                "{\"slice\": {\"uri\": \"" + base + "slices/7/\"}, \"node\": {\"uri\": \"" + node + "\"}}");
        assertThat(sliver.statusCode()).isEqualTo(201);
        String uri = json(sliver).path("uri").asText();
        assertThat(json(sliver).path("interfaces").get(0).path("type").asText()).isEqualTo("private");

        assertThat(json(get("slices/7/")).path("slivers").findValuesAsText("uri")).contains(uri);
        assertThat(json(get(node)).path("slivers").findValuesAsText("uri")).containsExactly(uri);
        HttpResponse<String> twice = as(vct, "POST", "slivers/",
                "{\"slice\": {\"uri\": \"" + base + "slices/7/\"}, \"node\": {\"uri\": \"" + node + "\"}}");
        assertThat(json(twice).path("non_field_errors").get(0).asText()).isEqualTo("Sliver with this Slice and Node already exists.");

        assertThat(as(vct, "DELETE", node, null).statusCode()).isEqualTo(204);
        assertThat(get(uri).statusCode()).isEqualTo(404);
        assertThat(json(get("slices/7/")).path("slivers").findValuesAsText("uri")).doesNotContain(uri);
    }

    @Test
    void aSliverNeedsExactlyOnePrivateInterface() throws Exception {
        HttpResponse<String> response = as(token("vct", "vct"), "PATCH", "slivers/42/",
                "{\"interfaces\": [{\"type\": \"public4\", \"name\": \"pub0\", \"parent\": null}]}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).path("interfaces").get(0).asText()).isEqualTo("There must exist one interface of type private.");
    }

    @Test
    void aUsersNewGroupMakesItsAdmin() throws Exception {
        HttpResponse<String> created = as(token("vct", "vct"), "POST", "groups/", "{\"name\": \"lab\", \"allow_nodes\": true}");

        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode group = json(created);
        assertThat(group.path("allow_nodes").asBoolean()).as("superuser-only").isFalse();
        assertThat(group.path("user_roles").get(0).path("user").path("uri").asText()).isEqualTo(base + "users/1/");
        assertThat(group.path("user_roles").get(0).path("is_group_admin").asBoolean()).isTrue();
        assertThat(json(get("users/1/")).path("group_roles").findValuesAsText("uri")).contains(group.path("uri").asText());
    }

    /** A user without roles, made by the superuser, and its token. */
    String newUser(String name, String password) throws Exception {
        String admin = token("admin", "admin");
        JsonNode user = json(as(admin, "POST", "users/", "{\"name\": \"" + name + "\"}"));
        HttpResponse<String> changed = as(admin, "POST", "users/" + user.path("id").asLong() + "/ctl/change-auth/",
                "{\"password\": \"" + password + "\"}");
        assertThat(changed.statusCode()).isEqualTo(200);
        return token(name, password);
    }
}
