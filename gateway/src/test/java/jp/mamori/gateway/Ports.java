package jp.mamori.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Free high loopback ports for the tests. */
final class Ports {
    private Ports() {}

    static int free() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            s.setReuseAddress(true);
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
