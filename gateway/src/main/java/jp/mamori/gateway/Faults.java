package jp.mamori.gateway;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Fault injection for the crash tests, off unless the system property {@code mamori.gateway.pause-at}
 * names a point ({@code received}, {@code sanitised}, {@code reinjecting}, {@code reinjected}). At that
 * point the gateway writes the file named by {@code mamori.gateway.pause-marker} and waits, so a test can
 * kill it there with SIGKILL. Never set in production; the README does not document it as a setting.
 */
final class Faults {
    private static final String POINT = System.getProperty("mamori.gateway.pause-at", "");
    private static final String MARKER = System.getProperty("mamori.gateway.pause-marker", "");

    private Faults() {}

    static void at(String point) {
        if (POINT.isEmpty() || !POINT.equals(point)) {
            return;
        }
        try {
            if (!MARKER.isEmpty()) {
                Files.writeString(Path.of(MARKER), point);
            }
            Thread.sleep(60_000);
        } catch (IOException | InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
