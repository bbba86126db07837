package jp.mamori.sanitizer.worker;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.FindingKind;

/**
 * The worker process: reads one request at a time from stdin, disarms it, writes the answer to stdout,
 * until stdin closes. Started only by {@link WorkerPool}; a crash here costs one item, never the caller.
 *
 * <p>Arguments: the eleven {@link FileLimits} fields in declaration order (the timeout in milliseconds),
 * then optionally {@code test-hooks}, which enables the crash, hang and out-of-memory jobs that the pool's
 * tests use to prove fail-closed handling. Production pools never pass it.
 */
public final class WorkerMain {
    static final int JOB_HALT = 90;
    static final int JOB_HANG = 91;
    static final int JOB_EXHAUST_MEMORY = 92;
    /** Test hook: connect to the {@code host:port} given as the name; answers what happened. */
    static final int JOB_CONNECT = 93;
    /** Test hook: write a file at the path given as the name; answers what happened. */
    static final int JOB_WRITE = 94;

    private WorkerMain() {
    }

    public static void main(String[] args) throws IOException {
        FileLimits limits = limitsFrom(args);
        boolean testHooks = args.length > 11 && "test-hooks".equals(args[11]);
        DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
        DataOutputStream out = new DataOutputStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16));
        // Libraries that print to System.out would corrupt the frames: send them to stderr instead.
        System.setOut(System.err);
        System.setIn(new ByteArrayInputStream(new byte[0]));
        watchParent();
        int maxBytes = (int) Math.min(Integer.MAX_VALUE - 16, limits.maxFileBytes());
        WorkerMain worker = new WorkerMain();
        WorkerProtocol.Request request;
        while ((request = WorkerProtocol.readRequest(in, maxBytes)) != null) {
            WorkerProtocol.writeResponse(out, worker.handle(request, limits, testHooks));
        }
    }

    /** A worker whose caller died (killed, crashed) halts too, even in the middle of a hung item. */
    private static void watchParent() {
        ProcessHandle parent = ProcessHandle.current().parent().orElse(null);
        Thread watchdog = new Thread(() -> {
            while (parent != null && parent.isAlive()) {
                try {
                    Thread.sleep(2_000);
                } catch (InterruptedException e) {
                    return;
                }
            }
            Runtime.getRuntime().halt(71);
        }, "mamori-worker-parent-watch");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    private Disarmed handle(WorkerProtocol.Request request, FileLimits limits, boolean testHooks) {
        try {
            return switch (request.job()) {
                case 1 -> new PdfDisarm(limits).disarm(request.content());
                case 2 -> new OoxmlDisarm(limits).disarm(request.content());
                case 3 -> new Ole2Disarm(limits).disarm(request.content());
                case 4 -> new TnefOpen(limits).open(request.content());
                case 5 -> new OdfDisarm(limits).disarm(request.content());
                default -> testHooks ? testHook(request.job(), request.name()) : unknownJob(request.job());
            };
        } catch (Exception | StackOverflowError e) {
            // A parser that gives up on hostile input is a normal outcome: block the item, keep serving.
            return Disarmed.blocked("application/octet-stream", request.name(), FindingKind.PROCESSING_FAILURE,
                    "cannot be processed safely: " + e.getClass().getSimpleName()
                            + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }
    }

    private static Disarmed unknownJob(int job) {
        return Disarmed.blocked("application/octet-stream", "request", FindingKind.PROCESSING_FAILURE,
                "unknown job " + job);
    }

    private static Disarmed testHook(int job, String argument) throws InterruptedException {
        switch (job) {
            case JOB_CONNECT -> {
                int colon = argument.lastIndexOf(':');
                try (var socket = new java.net.Socket()) {
                    socket.connect(new java.net.InetSocketAddress(argument.substring(0, colon),
                            Integer.parseInt(argument.substring(colon + 1))), 2000);
                    return hookAnswer("connected");
                } catch (java.io.IOException e) {
                    return hookAnswer("refused: " + e.getMessage());
                }
            }
            case JOB_WRITE -> {
                try {
                    java.nio.file.Files.writeString(java.nio.file.Path.of(argument), "written by a worker");
                    return hookAnswer("written");
                } catch (java.io.IOException e) {
                    return hookAnswer("refused: " + e);
                }
            }
            case JOB_HALT -> Runtime.getRuntime().halt(70);
            case JOB_HANG -> Thread.sleep(Long.MAX_VALUE);
            case JOB_EXHAUST_MEMORY -> {
                List<long[]> hog = new ArrayList<>();
                while (true) {
                    hog.add(new long[1 << 20]);
                }
            }
            default -> { }
        }
        return unknownJob(job);
    }

    private static Disarmed hookAnswer(String what) {
        return Disarmed.blocked("application/octet-stream", "test hook", FindingKind.PROCESSING_FAILURE, what);
    }

    private static FileLimits limitsFrom(String[] a) {
        return new FileLimits(Long.parseLong(a[0]), Integer.parseInt(a[1]), Integer.parseInt(a[2]),
                Long.parseLong(a[3]), Integer.parseInt(a[4]), Long.parseLong(a[5]), Integer.parseInt(a[6]),
                Integer.parseInt(a[7]), Integer.parseInt(a[8]), Integer.parseInt(a[9]),
                Duration.ofMillis(Long.parseLong(a[10])));
    }

    static List<String> arguments(FileLimits l) {
        return List.of(String.valueOf(l.maxFileBytes()), String.valueOf(l.maxPdfPages()),
                String.valueOf(l.pdfDpi()), String.valueOf(l.maxImagePixels()),
                String.valueOf(l.maxArchiveEntries()), String.valueOf(l.maxExpandedBytes()),
                String.valueOf(l.maxCompressionRatio()), String.valueOf(l.maxNestingDepth()),
                String.valueOf(l.workerCount()), String.valueOf(l.workerHeapMegabytes()),
                String.valueOf(l.workerTimeout().toMillis()));
    }
}
