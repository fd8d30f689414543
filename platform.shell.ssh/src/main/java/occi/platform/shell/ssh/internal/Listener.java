package occi.platform.shell.ssh.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/** Whether the configured host keeps the shell on loopback. */
final class Listener {

    private Listener() {}

    /**
     * True when every address the host name stands for is loopback (127.0.0.0/8, ::1,
     * localhost). Blank (every interface), 0.0.0.0, another address, or a name that does not
     * resolve: false, so the stricter rules apply.
     */
    static boolean isLoopback(String host) {
        if (host == null || host.isBlank()) {
            return false;
        }
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host.strip());
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException unresolved) {
            return false;
        }
    }
}
