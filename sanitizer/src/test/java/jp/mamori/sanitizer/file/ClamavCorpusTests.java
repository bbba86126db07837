package jp.mamori.sanitizer.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.Verdict;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The outside corpus: every file of Debian's {@code clamav-testfiles} (ClamAV's harmless test signature
 * inside executables, archives, documents and mails that nobody here wrote). Each must come through without
 * an exception, and every output that is not blocked must pass the independent inspector. On CI the package
 * is required ({@code .ci/run} installs it): a missing directory fails the build instead of skipping.
 */
class ClamavCorpusTests {
    static final Path CORPUS = Path.of("/usr/share/clamav-testfiles");
    private final FileEngine engine = FileEngineTestSupport.engine();

    @Test
    void everyClamavTestFileIsBlockedOrComesOutClean() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            if ("true".equals(System.getenv("CI"))) {
                fail(CORPUS + " is missing: install the Debian package clamav-testfiles");
            }
            Assumptions.abort(CORPUS + " is missing: apt-get install clamav-testfiles to run the outside corpus");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CORPUS)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        List<String> summary = new ArrayList<>();
        for (Path file : files) {
            byte[] bytes = Files.readAllBytes(file);
            FileResult result = engine.sanitise(bytes, file.getFileName().toString());
            summary.add(file.getFileName() + " → " + result.report().verdict()
                    + (result.report().isBlocked() ? " (" + result.report().blockReason() + ")" : " as " + result.fileName()));
            if (result.report().verdict() != Verdict.BLOCKED) {
                assertThat(ActiveContentInspector.problems(result.content())).as(file.toString()).isEmpty();
                assertThat(new String(result.content(), 0, Math.min(2, result.content().length),
                        java.nio.charset.StandardCharsets.ISO_8859_1)).as(file + " must not come out as a program")
                        .isNotEqualTo("MZ");
            }
        }
        summary.forEach(System.out::println);
    }
}
