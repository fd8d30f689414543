package confine.controller;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import occi.platform.testing.Multipart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The actions of the reference table: bodies, statuses, effects, uploads. */
class ActionsHttpTest extends HttpTestSupport {

    @TempDir
    Path temp;

    @Test
    void rebootAnswers200AndCountsTheBoot() throws Exception {
        HttpResponse<String> response = as(token("vct", "vct"), "POST", "nodes/1413/ctl/reboot/", "null");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"detail\":\"Node instructed to reboot\"}");
        assertThat(json(get("nodes/1413/")).path("boot_sn").asInt()).isEqualTo(1);
    }

    @Test
    void anActionThatTakesNoDataRefusesSome() throws Exception {
        String vct = token("vct", "vct");
        assertThat(as(vct, "POST", "nodes/1413/ctl/reboot/", "{\"now\": true}").statusCode()).isEqualTo(400);
        assertThat(as(vct, "POST", "slices/7/ctl/renew/", "\"please\"").statusCode()).isEqualTo(400);
        assertThat(as(vct, "POST", "slivers/42/ctl/update/", "{}").statusCode()).as("{} is no data").isEqualTo(202);
    }

    @Test
    void renewExtendsTheSliceBy30DaysAndResetAndUpdateAreAccepted() throws Exception {
        String vct = token("vct", "vct");
        HttpResponse<String> renew = as(vct, "POST", "slices/7/ctl/renew/", null);
        assertThat(renew.statusCode()).isEqualTo(200);
        assertThat(json(renew).path("detail").asText()).isEqualTo("Slice renewed for 30 days");
        assertThat(json(get("slices/7/")).path("expires_on").asText())
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(30).toString());

        HttpResponse<String> reset = as(vct, "POST", "slices/7/ctl/reset/", null);
        assertThat(reset.statusCode()).isEqualTo(202);
        assertThat(json(reset).path("detail").asText()).isEqualTo("Slice instructed to reset");
        HttpResponse<String> update = as(vct, "POST", "slivers/42/ctl/update/", null);
        assertThat(update.statusCode()).isEqualTo(202);
        assertThat(json(update).path("detail").asText()).isEqualTo("Sliver instructed to update");
    }

    @Test
    void aCertificateRequestIsAccepted() throws Exception {
        String csr = "\"-----BEGIN CERTIFICATE REQUEST-----\\nMIIB\\n-----END CERTIFICATE REQUEST-----\"";
        HttpResponse<String> response = as(token("vct", "vct"), "POST", "nodes/1413/ctl/request-api-cert/", csr);

        assertThat(response.statusCode()).isEqualTo(202);
        String cert = json(response).path("cert").asText();
        assertThat(cert).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat(json(get("nodes/1413/")).path("cert").asText()).isEqualTo(cert);
        assertThat(as(token("vct", "vct"), "POST", "nodes/1413/ctl/request-api-cert/", "\"not a csr\"").statusCode()).isEqualTo(400);
    }

    @Test
    void anUploadIsStoredServedAndHashed() throws Exception {
        Path overlay = Files.write(temp.resolve("overlay.tgz"), "overlay bytes".getBytes());
        HttpResponse<String> response = upload(token("vct", "vct"), "slices/7/ctl/upload-overlay/", new Multipart().file("overlay", overlay));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode slice = json(get("slices/7/"));
        String uri = slice.path("overlay_uri").asText();
        assertThat(uri).startsWith(base.toString()).endsWith("overlay.tgz");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(overlay)));
        assertThat(slice.path("overlay_sha256").asText()).isEqualTo(sha256);
        HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(served.statusCode()).isEqualTo(200);
        assertThat(served.body()).isEqualTo(Files.readAllBytes(overlay));
    }

    @Test
    void sliversTakeExperimentDataAndTemplatesImagesFromSuperusersOnly() throws Exception {
        Path data = Files.write(temp.resolve("data.tgz"), new byte[] {1, 2, 3});
        assertThat(upload(token("vct", "vct"), "slivers/42/ctl/upload-exp-data/", new Multipart().file("exp_data", data)).statusCode())
                .isEqualTo(200);
        assertThat(json(get("slivers/42/")).path("exp_data_sha256").asText()).hasSize(64);

        Path image = Files.write(temp.resolve("image.tgz"), new byte[] {4, 5});
        assertThat(upload(token("vct", "vct"), "templates/1/ctl/upload-image/", new Multipart().file("image", image)).statusCode())
                .isEqualTo(403);
        assertThat(upload(token("admin", "admin"), "templates/1/ctl/upload-image/", new Multipart().file("image", image)).statusCode())
                .isEqualTo(200);
        assertThat(json(get("templates/1/")).path("image_uri").asText()).endsWith("image.tgz");
    }

    @Test
    void anUploadNeedsExactlyOneFileInAMultipartBody() throws Exception {
        String vct = token("vct", "vct");
        HttpResponse<String> json = as(vct, "POST", "slices/7/ctl/upload-overlay/", "{\"overlay\": \"x\"}");
        assertThat(json.statusCode()).isEqualTo(400);
        assertThat(json(json).path("detail").asText()).isEqualTo("Only multipart/form-data is supported");

        Path a = Files.write(temp.resolve("a"), new byte[] {1});
        Path b = Files.write(temp.resolve("b"), new byte[] {2});
        HttpResponse<String> two = upload(vct, "slices/7/ctl/upload-overlay/", new Multipart().file("a", a).file("b", b));
        assertThat(json(two).path("detail").asText()).isEqualTo("Multiple files is not supported");
    }

    @Test
    void changeAuthSetsANewPasswordAndName() throws Exception {
        String vct = token("vct", "vct");
        HttpResponse<String> response = as(vct, "POST", "users/1/ctl/change-auth/", "{\"password\": \"n3w\", \"username\": \"vct2\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(token("vct2", "n3w")).isEqualTo(vct);
        assertThat(send("POST", "api-token-auth/", "{\"username\": \"vct2\", \"password\": \"vct\"}").statusCode()).isEqualTo(400);
        assertThat(as(vct, "POST", "users/1/ctl/change-auth/", "{}").statusCode()).isEqualTo(400);
        assertThat(as(vct, "POST", "users/2/ctl/change-auth/", "{\"password\": \"x\"}").statusCode()).isEqualTo(403);
    }

    @Test
    void anUnknownActionIs404() throws Exception {
        assertThat(as(token("vct", "vct"), "POST", "nodes/1413/ctl/explode/", null).statusCode()).isEqualTo(404);
    }

    HttpResponse<String> upload(String token, String path, Multipart body) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve(path)).header("Authorization", "Token " + token)
                .header("Content-Type", body.contentType()).POST(body.publisher()).build(), HttpResponse.BodyHandlers.ofString());
    }
}
