package occi.platform.itest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed key for 127.0.0.1 made with the JDK's keytool, for a container serving HTTPS, and a
 * TLS context that trusts it (and nothing else).
 */
record TestKeystore(Path file, String password) {

    static TestKeystore create(Path folder) throws Exception {
        Path file = folder.resolve("occi.p12");
        String password = "changeit";
        Process keytool = new ProcessBuilder("keytool", "-genkeypair", "-alias", "occi", "-keyalg", "RSA", "-keysize", "2048",
                "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1",
                "-keystore", file.toString(), "-storetype", "PKCS12", "-storepass", password, "-keypass", password)
                .redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0).as("keytool made a keystore").isTrue();
        return new TestKeystore(file, password);
    }

    /** The launcher options that make the container serve HTTPS with this key on the given port. */
    List<String> options(int securePort) {
        return List.of("-Dorg.apache.felix.https.enable=true", "-Dorg.osgi.service.http.port.secure=" + securePort,
                "-Dorg.apache.felix.https.keystore=" + file, "-Dorg.apache.felix.https.keystore.password=" + password,
                "-Dorg.apache.felix.https.keystore.key.password=" + password);
    }

    SSLContext trusting() throws Exception {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            trusted.load(in, password.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        return tls;
    }
}
