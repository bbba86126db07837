package jp.mamori.sanitizer.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.mamori.sanitizer.FileResult;
import org.junit.jupiter.api.Test;

class ConcurrencyTests {
    @Test
    void oneEngineServesManyThreads() throws Exception {
        FileEngine engine = FileEngineTestSupport.engine();
        byte[] pdf = PdfSamples.plain(2);
        byte[] docm = OfficeSamples.docm();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<FileResult>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                boolean even = i % 2 == 0;
                results.add(pool.submit(() -> even ? engine.sanitise(pdf, "a.pdf") : engine.sanitise(docm, "b.docm")));
            }
            for (Future<FileResult> f : results) {
                FileResult r = f.get();
                assertThat(r.report().isBlocked()).as(String.valueOf(r.report().blockReason())).isFalse();
                assertThat(ActiveContentInspector.problems(r.content())).isEmpty();
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
