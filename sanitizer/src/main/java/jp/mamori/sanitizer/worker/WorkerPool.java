package jp.mamori.sanitizer.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.FindingKind;

/**
 * A pool of worker JVMs (隔離ワーカー) that parse PDF and Office files so the calling JVM never does.
 *
 * <p>Each worker is the current {@code java} binary with the current class path, a heap cap of
 * {@link FileLimits#workerHeapMegabytes()} and {@code -XX:+ExitOnOutOfMemoryError}. At most
 * {@link FileLimits#workerCount()} items run at once; each gets {@link FileLimits#workerTimeout()} of wall
 * clock. A worker that crashes, times out or runs out of memory is killed, its item comes back blocked
 * ({@link FindingKind#PROCESSING_FAILURE}) and a fresh worker is started for the next item. Workers start
 * lazily and are reused.
 *
 * <p>The worker class path is the caller's {@code java.class.path}. Where that does not hold the classes
 * (a Spring Boot jar keeps them in {@code BOOT-INF/lib}), set the system property
 * {@code mamori.worker.classpath}; a worker that cannot start blocks every item, it never lets one through.
 *
 * <p>Thread-safe. {@link #disarm} never throws for any input; after {@link #close()} it blocks everything.
 */
public final class WorkerPool implements AutoCloseable {
    /** The JVM's exit status under -XX:+ExitOnOutOfMemoryError. */
    private static final int EXIT_OUT_OF_MEMORY = 3;
    /**
     * Items one worker serves before a fresh one replaces it: no parser state outlives a hundred hostile files, and
     * the worker's CPU-time limit (a hundred timeouts) bounds a worker that a timeout alone would not.
     */
    static final int ITEMS_PER_WORKER = 100;

    private final FileLimits limits;
    private final boolean testHooks;
    private final WorkerSandbox sandbox = WorkerSandbox.fromSystemProperties();
    private final Semaphore slots;
    private final Deque<Worker> idle = new ConcurrentLinkedDeque<>();
    private final ExecutorService exchanges = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "mamori-worker-io");
        t.setDaemon(true);
        return t;
    });
    private volatile boolean closed;

    public WorkerPool(FileLimits limits) {
        this(limits, false);
    }

    WorkerPool(FileLimits limits, boolean testHooks) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.testHooks = testHooks;
        this.slots = new Semaphore(limits.workerCount(), true);
    }

    /** Disarms one item in a worker; a crash, timeout or out-of-memory blocks just this item. */
    public Disarmed disarm(IsolatedFormat format, byte[] content, String name) {
        return run(format.code, content, name, mediaTypeOf(format));
    }

    /** Runs a test-only job (see {@link WorkerMain}); only meaningful when built with test hooks. */
    Disarmed runTestJob(int job) {
        return runTestJob(job, "test job " + job);
    }

    /** A test-only job with an argument passed as the item's name. */
    Disarmed runTestJob(int job, String argument) {
        return run(job, new byte[0], argument, "application/octet-stream");
    }

    /** Whether the workers this pool starts run in the sandbox (no network, read-only file system). */
    boolean sandboxed() {
        return sandbox.active();
    }

    private Disarmed run(int job, byte[] content, String name, String detectedType) {
        if (closed) {
            return failure(detectedType, name, "the file engine is closed");
        }
        try {
            slots.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(detectedType, name, "interrupted while waiting for a worker");
        }
        Worker worker = null;
        try {
            worker = takeWorker();
            Worker w = worker;
            Future<Disarmed> answer = exchanges.submit(() -> w.exchange(job, name, content, maxResponseBytes()));
            Disarmed result = answer.get(limits.workerTimeout().toMillis(), TimeUnit.MILLISECONDS);
            if (closed || ++worker.served >= ITEMS_PER_WORKER) {
                worker.kill();
            } else {
                idle.push(worker);
            }
            worker = null;
            return result;
        } catch (TimeoutException e) {
            return failure(detectedType, name, "timed out after " + limits.workerTimeout().toSeconds()
                    + " s; worker killed and replaced");
        } catch (ExecutionException e) {
            return failure(detectedType, name, describeDeath(worker, e.getCause()));
        } catch (IOException e) {
            return failure(detectedType, name, "worker could not start: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return failure(detectedType, name, "interrupted while the worker was busy");
        } finally {
            if (worker != null) {
                worker.kill(); // it failed this item; its state can no longer be trusted
            }
            slots.release();
        }
    }

    private Worker takeWorker() throws IOException {
        Worker w;
        while ((w = idle.poll()) != null) {
            if (w.process.isAlive()) {
                return w;
            }
        }
        Path scratch = Files.createTempDirectory("mamori-worker-",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        try {
            long cpuSeconds = Math.max(60, limits.workerTimeout().toSeconds() * ITEMS_PER_WORKER);
            return Worker.start(sandbox.wrap(command(scratch), scratch, cpuSeconds), scratch);
        } catch (IOException | RuntimeException e) {
            Worker.delete(scratch);
            throw e;
        }
    }

    private String describeDeath(Worker worker, Throwable cause) {
        worker.awaitExit(); // let a dying JVM report its own exit status before we kill it
        worker.kill();
        int status = worker.exitStatus();
        if (status == EXIT_OUT_OF_MEMORY) {
            return "worker ran out of memory (heap " + limits.workerHeapMegabytes() + " MB); killed and replaced";
        }
        if (status >= 0) {
            return "worker crashed (exit status " + status + "); replaced";
        }
        return "worker failed: " + cause;
    }

    private int maxResponseBytes() {
        // A rebuilt PDF of JPEG pages can be larger than its input, but never unboundedly so.
        return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(limits.maxFileBytes() * 8, 256L << 20));
    }

    private List<String> command(Path scratch) {
        String java = ProcessHandle.current().info().command()
                .orElse(System.getProperty("java.home") + "/bin/java");
        List<String> cmd = new ArrayList<>(List.of(java,
                "-Xmx" + limits.workerHeapMegabytes() + "m",
                "-XX:+ExitOnOutOfMemoryError",
                "-XX:+UseSerialGC",
                "-XX:-UsePerfData", // no shared hsperfdata file
                "-XX:+DisableAttachMechanism", // no agent can be attached to a worker parsing hostile input
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-Djava.io.tmpdir=" + scratch.toAbsolutePath(), // PDFBox's scratch files, the only writable place
                "-cp", absolute(System.getProperty("mamori.worker.classpath", System.getProperty("java.class.path"))),
                WorkerMain.class.getName()));
        cmd.addAll(WorkerMain.arguments(limits));
        if (testHooks) {
            cmd.add("test-hooks");
        }
        return cmd;
    }

    /**
     * The class path with every entry made absolute: a worker starts in its scratch directory, where a path relative
     * to the caller's working directory (java -cp app/target/x.jar) would name nothing.
     */
    static String absolute(String classPath) {
        return java.util.Arrays.stream(classPath.split(java.io.File.pathSeparator))
                .filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().toString())
                .collect(java.util.stream.Collectors.joining(java.io.File.pathSeparator));
    }

    private static String mediaTypeOf(IsolatedFormat format) {
        return switch (format) {
            case PDF -> PdfDisarm.MEDIA_TYPE;
            case OOXML -> "application/x-tika-ooxml";
            case OLE2 -> "application/x-tika-msoffice";
            case TNEF -> "application/vnd.ms-tnef";
            case ODF -> "application/vnd.oasis.opendocument";
        };
    }

    private static Disarmed failure(String detectedType, String name, String reason) {
        return Disarmed.blocked(detectedType, name, FindingKind.PROCESSING_FAILURE, reason);
    }

    /** Stops every worker. Items in flight come back blocked. */
    @Override
    public void close() {
        closed = true;
        Worker w;
        while ((w = idle.poll()) != null) {
            w.kill();
        }
        exchanges.shutdownNow();
    }

    private static final class Worker {
        private final Process process;
        private final Path scratch;
        private final DataOutputStream requests;
        private final DataInputStream responses;
        private int served;

        private Worker(Process process, Path scratch) {
            this.process = process;
            this.scratch = scratch;
            this.requests = new DataOutputStream(new BufferedOutputStream(process.getOutputStream(), 1 << 16));
            this.responses = new DataInputStream(new BufferedInputStream(process.getInputStream(), 1 << 16));
        }

        static Worker start(List<String> command, Path scratch) throws IOException {
            ProcessBuilder builder = new ProcessBuilder(command);
            // Parser warnings are noise to the caller; set mamori.worker.stderr=inherit to see them.
            builder.redirectError("inherit".equals(System.getProperty("mamori.worker.stderr"))
                    ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.DISCARD);
            return new Worker(builder.start(), scratch);
        }

        Disarmed exchange(int job, String name, byte[] content, int maxResponseBytes) throws IOException {
            WorkerProtocol.writeRequest(requests, new WorkerProtocol.Request(job, name, content));
            return WorkerProtocol.readResponse(responses, maxResponseBytes);
        }

        void kill() {
            process.destroyForcibly();
            try {
                process.waitFor(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            delete(scratch);
        }

        /** Removes a worker's scratch directory and what it left there (hostile input's temporary copies). */
        static void delete(Path scratch) {
            try (var paths = Files.walk(scratch)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | RuntimeException e) {
                // best effort: a directory under the system temp folder, 0700, removed at the next reboot at worst
            }
        }

        void awaitExit() {
            try {
                process.waitFor(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        int exitStatus() {
            return process.isAlive() ? -1 : process.exitValue();
        }
    }
}
