package jp.mamori.sanitizer.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import jp.mamori.sanitizer.Sanitizer;
import jp.mamori.sanitizer.Verdict;

/**
 * Sanitises every file of a directory (not its subdirectories) on N threads: {@code .eml} and
 * {@code .msg} files as mail, everything else as files. Writes each result and a {@code .report.json}
 * into the output directory, a progress line on stderr and a summary table at the end.
 */
final class Batch {

    private Batch() {
    }

    static boolean isMail(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".eml") || name.endsWith(".msg");
    }

    /** @return the outcomes, in input order */
    static List<Job.Outcome> run(Sanitizer sanitizer, Path inDir, Path outDir, int threads, PrintStream err)
            throws IOException, InterruptedException {
        List<Path> inputs;
        try (var files = Files.list(inDir)) {
            inputs = files.filter(Files::isRegularFile).sorted().toList();
        }
        Files.createDirectories(outDir);
        AtomicInteger done = new AtomicInteger();
        AtomicInteger blocked = new AtomicInteger();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<Job.Outcome>> futures = new ArrayList<>();
        for (Path input : inputs) {
            futures.add(pool.submit(() -> {
                Path output = outDir.resolve(input.getFileName());
                Path report = outDir.resolve(input.getFileName() + ".report.json");
                Job.Outcome outcome = isMail(input) ? Job.mail(sanitizer, input, output, report)
                        : Job.file(sanitizer, input, output, report);
                if (outcome.report().isBlocked()) {
                    blocked.incrementAndGet();
                }
                int n = done.incrementAndGet();
                synchronized (err) {
                    err.printf("\r[%d/%d] %d blocked", n, inputs.size(), blocked.get());
                    err.flush();
                }
                return outcome;
            }));
        }
        pool.shutdown();
        List<Job.Outcome> outcomes = new ArrayList<>();
        try {
            for (Future<Job.Outcome> f : futures) {
                outcomes.add(f.get());
            }
        } catch (java.util.concurrent.ExecutionException e) {
            pool.shutdownNow();
            throw new IOException("batch failed: " + e.getCause(), e.getCause());
        }
        err.println();
        summary(outcomes, (System.nanoTime() - start) / 1e9, err);
        return outcomes;
    }

    private static void summary(List<Job.Outcome> outcomes, double seconds, PrintStream err) {
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            counts.put(v, 0);
        }
        outcomes.forEach(o -> counts.merge(o.report().verdict(), 1, Integer::sum));
        err.println("verdict      count");
        err.println("----------  ------");
        for (Verdict v : Verdict.values()) {
            err.printf("%-10s  %6d%n", v.name().toLowerCase(Locale.ROOT), counts.get(v));
        }
        err.printf("%-10s  %6d   (%.1f s)%n", "total", outcomes.size(), seconds);
        for (Job.Outcome o : outcomes) {
            if (o.report().isBlocked()) {
                err.println("blocked: " + o.input().getFileName() + ": " + o.report().blockReason());
            }
        }
    }
}
