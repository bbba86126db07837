package jp.mamori.benchmarks.sanitizer;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.file.FileEngine;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * File disarm throughput through the worker processes (two workers of 512 MB, the strict preset): PDF
 * pages per second re-rendered at 150 dpi (a 10-page A4 report per operation, so the score is pages/s),
 * and OOXML files per second (a two-page .docx). Run with {@code -t 1} and {@code -t 2}. Targets: at least
 * 10 PDF pages/s (docs/performance.md). Worker memory is measured by {@link WorkerMemoryProbe}.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FileBenchmark {
    static final int PDF_PAGES = 10;

    @State(Scope.Benchmark)
    public static class Engine {
        FileEngine engine;
        byte[] pdf;
        byte[] docx;

        @Setup(Level.Trial)
        public void start() throws IOException {
            engine = new FileEngine(FileLimits.strict().withWorkers(2, 512, Duration.ofSeconds(120)));
            pdf = BenchmarkDocuments.pdf(PDF_PAGES);
            docx = BenchmarkDocuments.docx();
            // Start both workers and check the documents pass, so blocked runs never count as speed.
            for (int i = 0; i < 2; i++) {
                require(engine.sanitise(pdf, "report.pdf"));
                require(engine.sanitise(docx, "report.docx"));
            }
        }

        @TearDown(Level.Trial)
        public void stop() {
            engine.close();
        }
    }

    @Benchmark
    @OperationsPerInvocation(PDF_PAGES)
    public FileResult pdfPages(Engine e) {
        return require(e.engine.sanitise(e.pdf, "report.pdf"));
    }

    @Benchmark
    public FileResult ooxmlFiles(Engine e) {
        return require(e.engine.sanitise(e.docx, "report.docx"));
    }

    static FileResult require(FileResult result) {
        if (result.report().isBlocked()) {
            throw new IllegalStateException("benchmark document blocked: " + result.report().blockReason());
        }
        return result;
    }
}
