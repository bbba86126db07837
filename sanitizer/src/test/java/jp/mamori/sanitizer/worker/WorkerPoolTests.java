package jp.mamori.sanitizer.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import jp.mamori.sanitizer.FileLimits;
import jp.mamori.sanitizer.FindingKind;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WorkerPoolTests {
    private static WorkerPool pool;
    private static byte[] pdf;

    @BeforeAll
    static void start() throws IOException {
        pool = new WorkerPool(FileLimits.strict().withWorkers(1, 96, Duration.ofSeconds(20)), true);
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }
    }

    @AfterAll
    static void stop() {
        pool.close();
    }

    @Test
    void aCrashedWorkerBlocksItsItemAndTheNextItemSucceeds() {
        Disarmed crashed = pool.runTestJob(WorkerMain.JOB_HALT);
        assertFailure(crashed, "crashed");
        assertThat(pool.disarm(IsolatedFormat.PDF, pdf, "next.pdf").isBlocked()).isFalse();
    }

    @Test
    void aWorkerOutOfMemoryBlocksItsItemAndTheNextItemSucceeds() {
        Disarmed exhausted = pool.runTestJob(WorkerMain.JOB_EXHAUST_MEMORY);
        assertFailure(exhausted, "out of memory");
        assertThat(pool.disarm(IsolatedFormat.PDF, pdf, "next.pdf").isBlocked()).isFalse();
    }

    @Test
    void aHungWorkerIsKilledAtTheTimeoutAndTheNextItemSucceeds() {
        try (WorkerPool quick = new WorkerPool(FileLimits.strict().withWorkers(1, 96, Duration.ofSeconds(6)), true)) {
            long start = System.nanoTime();
            Disarmed hung = quick.runTestJob(WorkerMain.JOB_HANG);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(15));
            assertFailure(hung, "timed out");
            Disarmed next = quick.disarm(IsolatedFormat.PDF, pdf, "next.pdf");
            assertThat(next.isBlocked()).as(next.blockReason()).isFalse();
        }
    }

    @Test
    void anUnknownJobIsRefusedWithoutTestHooks() {
        try (WorkerPool production = new WorkerPool(FileLimits.strict().withWorkers(1, 96, Duration.ofSeconds(20)))) {
            Disarmed refused = production.runTestJob(WorkerMain.JOB_HALT);
            assertFailure(refused, "unknown job");
        }
    }

    @Test
    void aClosedPoolBlocksEverything() {
        WorkerPool closed = new WorkerPool(FileLimits.strict());
        closed.close();
        assertFailure(closed.disarm(IsolatedFormat.PDF, pdf, "x.pdf"), "closed");
    }

    private static void assertFailure(Disarmed result, String reason) {
        assertThat(result.isBlocked()).isTrue();
        assertThat(result.blockReason()).contains(reason);
        assertThat(result.findings()).extracting(f -> f.kind()).containsExactly(FindingKind.PROCESSING_FAILURE);
    }
}
