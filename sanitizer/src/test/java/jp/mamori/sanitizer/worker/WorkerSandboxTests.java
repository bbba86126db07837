package jp.mamori.sanitizer.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.mamori.sanitizer.FileLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A worker parsing hostile input can neither reach the network nor write outside its scratch directory (issue 18).
 * Needs Debian's bubblewrap, which .ci/run installs: under CI=true a missing sandbox fails these tests.
 */
class WorkerSandboxTests {
    private static WorkerPool pool;

    @BeforeAll
    static void start() {
        pool = new WorkerPool(FileLimits.strict().withWorkers(1, 96, Duration.ofSeconds(20)), true);
        if ("true".equals(System.getenv("CI"))) {
            assertThat(pool.sandboxed()).as("bubblewrap must confine the workers in CI").isTrue();
        }
        assumeTrue(pool.sandboxed(), "bubblewrap is not available here (apt-get install bubblewrap)");
    }

    @AfterAll
    static void stop() {
        if (pool != null) {
            pool.close();
        }
    }

    @Test
    void aWorkerCannotConnectToAServerThatThisProcessReaches() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String answer = pool.runTestJob(WorkerMain.JOB_CONNECT, "127.0.0.1:" + server.getLocalPort()).blockReason();
            assertThat(answer).startsWith("refused");
            // The same connection from outside the sandbox works: the refusal is the sandbox's, not the server's.
            try (var socket = new java.net.Socket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
                assertThat(socket.isConnected()).isTrue();
            }
        }
    }

    @Test
    void aWorkerCannotWriteOutsideItsScratchDirectory() throws IOException {
        // A folder this process writes to and the worker sees (the sandbox gives the worker a /tmp of its own).
        Path outside = Files.createDirectories(Path.of("target", "sandbox-probe")).toAbsolutePath();
        Path target = outside.resolve("planted.txt");
        Files.deleteIfExists(target);
        String answer = pool.runTestJob(WorkerMain.JOB_WRITE, target.toString()).blockReason();
        assertThat(answer).startsWith("refused").containsIgnoringCase("read-only");
        assertThat(Files.exists(target)).isFalse();
        // Inside its scratch directory (java.io.tmpdir of the worker) it may write what a parser needs.
        String scratch = pool.runTestJob(WorkerMain.JOB_WRITE, "scratch-file.txt").blockReason();
        assertThat(scratch).isEqualTo("written");
    }
}
