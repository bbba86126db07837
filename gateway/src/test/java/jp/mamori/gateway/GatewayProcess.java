package jp.mamori.gateway;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The gateway as its own JVM (as in production), so a test can kill it with SIGKILL. */
final class GatewayProcess implements AutoCloseable {
    final Path config;
    final Path dataDir;
    final int port;
    final int httpPort;
    final String holdKey;
    private final Path log;
    private Process process;

    GatewayProcess(Path dir, int port, int reinjectPort, String holdKey, Map<String, String> settings) throws IOException {
        this.dataDir = Files.createDirectories(dir.resolve("data"));
        this.port = port;
        this.httpPort = Ports.free();
        this.holdKey = holdKey;
        this.log = dir.resolve("gateway.log");
        StringBuilder props = new StringBuilder();
        props.append("listen.address=127.0.0.1\nlisten.port=").append(port).append('\n');
        props.append("reinject.host=127.0.0.1\nreinject.port=").append(reinjectPort).append('\n');
        props.append("http.port=").append(httpPort).append('\n');
        props.append("data-dir=").append(dataDir).append('\n');
        props.append("notice.from=postmaster@gateway.test\n");
        settings.forEach((k, v) -> props.append(k).append('=').append(v).append('\n'));
        this.config = dir.resolve("gateway.properties");
        Files.writeString(config, props.toString(), StandardCharsets.UTF_8);
    }

    /** Starts it; {@code pauseAt} names a fault point to stop at (or null). */
    GatewayProcess start(String pauseAt, Path marker) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        if (pauseAt != null) {
            cmd.add("-Dmamori.gateway.pause-at=" + pauseAt);
            cmd.add("-Dmamori.gateway.pause-marker=" + marker);
        }
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("jp.mamori.gateway.Main");
        cmd.add(config.toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        pb.environment().put("MAMORI_GATEWAY_HOLD_KEY", holdKey);
        process = pb.start();
        PostfixInstance.waitForPort(port);
        return this;
    }

    /** SIGKILL: no shutdown hook, no last answer. */
    void kill() throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor();
            process = null;
        }
    }

    String log() throws IOException {
        return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null) {
            process.destroy();
            process.waitFor();
            process = null;
        }
    }
}
