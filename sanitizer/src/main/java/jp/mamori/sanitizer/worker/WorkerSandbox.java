package jp.mamori.sanitizer.worker;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Confines each worker process beyond its own heap cap and timeout (issue 18): with Debian's {@code bubblewrap} the
 * worker has no network (a namespace of its own, with nothing in it), sees the file system read-only except its
 * scratch directory, and gets a CPU-time limit ({@code prlimit}, from util-linux). Reading is not confined (the
 * worker runs as the caller's user, and needs the JDK and its class path wherever they are); without network and
 * with nothing writable, what it could read only ever leaves as the file it returns. Where bubblewrap is missing or
 * cannot make namespaces (some containers forbid it), workers run with the heap cap and timeout alone and the log
 * says so once; {@code -Dmamori.worker.sandbox=required} makes that a failure instead (every item is then blocked),
 * {@code off} skips the sandbox. Immutable and thread-safe.
 */
final class WorkerSandbox {
    static final String PROPERTY = "mamori.worker.sandbox";
    private static final Path BWRAP = Path.of("/usr/bin/bwrap");
    private static final Path PRLIMIT = Path.of("/usr/bin/prlimit");
    private static final System.Logger LOG = System.getLogger(WorkerSandbox.class.getName());

    /** Why there is no sandbox, or null when bubblewrap works here; probed once per JVM. */
    private static volatile String unavailable;
    private static volatile boolean probed;

    private final String mode;

    private WorkerSandbox(String mode) {
        this.mode = mode;
    }

    static WorkerSandbox fromSystemProperties() {
        String mode = System.getProperty(PROPERTY, "auto").strip().toLowerCase(Locale.ROOT);
        if (!List.of("auto", "required", "off").contains(mode)) {
            throw new IllegalArgumentException(PROPERTY + " must be auto, required or off, not \"" + mode + "\"");
        }
        return new WorkerSandbox(mode);
    }

    /** Whether workers started now run inside the sandbox. */
    boolean active() {
        return !mode.equals("off") && whyUnavailable() == null;
    }

    /**
     * The command that starts {@code java} confined to {@code scratch}, with at most {@code cpuSeconds} of CPU time
     * over its life.
     *
     * @throws IOException when the sandbox is required and not available here
     */
    List<String> wrap(List<String> java, Path scratch, long cpuSeconds) throws IOException {
        List<String> command = new ArrayList<>();
        if (active()) {
            String dir = scratch.toAbsolutePath().toString();
            command.addAll(List.of(BWRAP.toString(), "--unshare-all", "--die-with-parent", "--new-session",
                    // The whole file system read-only — /tmp included, where a class path may well lie (a tmpfs
                    // there hid it from the worker) — and the scratch directory writable on top.
                    "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
                    "--bind", dir, dir, "--chdir", dir, "--"));
        } else if (mode.equals("required")) {
            throw new IOException("the worker sandbox is required (" + PROPERTY + "=required) but not available: "
                    + whyUnavailable());
        } else if (!mode.equals("off")) {
            warnOnce();
        }
        if (Files.isExecutable(PRLIMIT)) {
            command.addAll(List.of(PRLIMIT.toString(), "--cpu=" + cpuSeconds + ":" + cpuSeconds, "--core=0", "--"));
        }
        command.addAll(java);
        return command;
    }

    private static String whyUnavailable() {
        if (!probed) {
            synchronized (WorkerSandbox.class) {
                if (!probed) {
                    unavailable = probe();
                    probed = true;
                }
            }
        }
        return unavailable;
    }

    /** Starts {@code true} in the sandbox once: the only reliable test of whether namespaces are allowed here. */
    private static String probe() {
        if (!Files.isExecutable(BWRAP)) {
            return BWRAP + " not found (apt-get install bubblewrap)";
        }
        try {
            Process p = new ProcessBuilder(BWRAP.toString(), "--unshare-all", "--die-with-parent", "--ro-bind", "/",
                    "/", "--dev", "/dev", "--proc", "/proc", "true").redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return "bubblewrap did not answer within 10 s";
            }
            String said = new String(p.getInputStream().readAllBytes()).strip();
            return p.exitValue() == 0 ? null : "bubblewrap cannot make namespaces here: " + said;
        } catch (IOException e) {
            return "bubblewrap cannot start: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while probing bubblewrap";
        }
    }

    private static volatile boolean warned;

    private static void warnOnce() {
        if (!warned) {
            warned = true;
            LOG.log(Level.WARNING, "worker sandbox not available ({0}): file workers run with their heap cap and "
                    + "timeout only, not without network and with a read-only file system", whyUnavailable());
        }
    }
}
