package jp.mamori.benchmarks.sanitizer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.file.FileEngine;

/**
 * Worker peak memory: disarms one {@code pages}-page PDF in a single worker capped at {@code heap} MB and
 * prints whether it fit, how long it took, and the worker's peak resident set (VmHWM from /proc, Linux).
 * Usage: {@code java -cp mamori-benchmarks.jar jp.mamori.benchmarks.sanitizer.WorkerMemoryProbe 100 512}.
 */
public final class WorkerMemoryProbe {
    private WorkerMemoryProbe() {
    }

    public static void main(String[] args) throws IOException {
        int pages = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int heap = args.length > 1 ? Integer.parseInt(args[1]) : 512;
        byte[] pdf = BenchmarkDocuments.pdf(pages);
        try (FileEngine engine = new FileEngine(FileLimits.strict().withWorkers(1, heap, Duration.ofSeconds(600)))) {
            engine.sanitise(BenchmarkDocuments.pdf(10), "warm-up.pdf"); // JVM start, JIT and font setup
            double cpuBefore = workerCpuSeconds();
            long start = System.nanoTime();
            FileResult result = engine.sanitise(pdf, "probe.pdf");
            double seconds = (System.nanoTime() - start) / 1e9;
            String peak = ProcessHandle.current().children().map(WorkerMemoryProbe::peakRss)
                    .reduce((a, b) -> a + ", " + b).orElse("no worker alive");
            // CPU time is what a page costs on an idle core, whatever else the machine is doing.
            double cpuSeconds = workerCpuSeconds() - cpuBefore;
            System.out.printf("pages=%d heap=%dMB input=%dKB verdict=%s output=%dKB wall=%.1fs (%.1f pages/s) "
                            + "worker CPU=%.1fs (%.0f ms/page, warm) worker peak RSS: %s%s%n", pages, heap,
                    pdf.length / 1024, result.report().verdict(),
                    result.content() == null ? 0 : result.content().length / 1024, seconds, pages / seconds,
                    cpuSeconds, cpuSeconds * 1000 / pages, peak,
                    result.report().isBlocked() ? " — blocked: " + result.report().blockReason() : "");
        }
    }

    private static double workerCpuSeconds() {
        return ProcessHandle.current().children()
                .mapToLong(w -> w.info().totalCpuDuration().map(d -> d.toMillis()).orElse(0L)).sum() / 1000.0;
    }

    private static String peakRss(ProcessHandle worker) {
        try {
            return Files.readAllLines(Path.of("/proc", String.valueOf(worker.pid()), "status")).stream()
                    .filter(l -> l.startsWith("VmHWM")).map(l -> l.replaceAll("\\s+", " ")).findFirst().orElse("?");
        } catch (IOException e) {
            return "unreadable (" + e.getMessage() + ")";
        }
    }
}
