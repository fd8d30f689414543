package occi.platform.runtime.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;

/**
 * Keeps a folder readable by its owner only. The data folder holds every owner's entities (the H2
 * file) and the configurations Config Admin stores, passwords included; created with the usual
 * umask it was readable by every local user. Files inside keep their own modes: a folder nobody
 * else may enter is enough, and it also covers the files other components create there later.
 * On file systems without POSIX permissions (Windows) nothing is changed.
 */
final class OwnerOnlyFolder {

    static final Set<PosixFilePermission> OWNER_ONLY = EnumSet.of(PosixFilePermission.OWNER_READ,
            PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);

    private OwnerOnlyFolder() {
    }

    /**
     * Creates the folder if it is missing and takes group and other permissions away.
     *
     * @return whether permissions were taken away (the folder existed with wider ones)
     */
    static boolean restrict(Path folder) throws IOException {
        // a failure to create or restrict it fails the component: Config Admin then stores nothing
        Files.createDirectories(folder);
        PosixFileAttributeView view = Files.getFileAttributeView(folder, PosixFileAttributeView.class);
        if (view == null) {
            return false;
        }
        Set<PosixFilePermission> current = view.readAttributes().permissions();
        if (current.equals(OWNER_ONLY)) {
            return false;
        }
        view.setPermissions(OWNER_ONLY);
        return true;
    }
}
