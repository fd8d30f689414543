package occi.platform.shell.ssh.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.List;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;

/**
 * The server's host key, made once and kept in the data folder ({@code ssh/host_key}, an ECDSA
 * P-256 key in OpenSSH format, readable by its owner only), so that clients see the same key
 * after every restart. Its public half is written beside it as {@code host_key.pub}, the line to
 * put in a client's {@code known_hosts}.
 */
final class HostKey {

    static final String FILE = "host_key";
    static final String PUBLIC_FILE = FILE + ".pub";

    private final KeyPairProvider provider;
    private final PublicKey publicKey;
    private final Path publicFile;

    private HostKey(KeyPairProvider provider, PublicKey publicKey, Path publicFile) {
        this.provider = provider;
        this.publicKey = publicKey;
        this.publicFile = publicFile;
    }

    /** Reads the key in {@code folder}, or makes it there the first time. */
    static HostKey in(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwx------"));
            }
        }
        SimpleGeneratorHostKeyProvider provider = new SimpleGeneratorHostKeyProvider(folder.resolve(FILE));
        List<KeyPair> keys = provider.loadKeys(null);
        if (keys.isEmpty()) {
            throw new IOException("no host key could be read or made in " + folder);
        }
        PublicKey publicKey = keys.get(0).getPublic();
        Path publicFile = folder.resolve(PUBLIC_FILE);
        String line = PublicKeyEntry.toString(publicKey) + System.lineSeparator();
        if (!Files.exists(publicFile) || !Files.readString(publicFile, StandardCharsets.UTF_8).equals(line)) {
            Files.writeString(publicFile, line, StandardCharsets.UTF_8);
        }
        return new HostKey(provider, publicKey, publicFile);
    }

    KeyPairProvider provider() {
        return provider;
    }

    /** As {@code ssh-keygen -lf} and the OpenSSH client show it: {@code SHA256:...}. */
    String fingerprint() {
        return KeyUtils.getFingerPrint(publicKey);
    }

    Path publicFile() {
        return publicFile;
    }
}
