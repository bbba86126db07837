package jp.mamori.sanitizer.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file under {@code corpus/files}: the folder says what outcome is acceptable (see its README). */
class CorpusTests {
    private final FileEngine engine = FileEngineTestSupport.engine();

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(CorpusTests.class.getResource("/corpus/files").toURI());
        return Files.walk(root).filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md"))
                .sorted().toList().stream();
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void comesOutSafe(Path file) throws IOException {
        String folder = file.getParent().getFileName().toString();
        FileResult result = engine.sanitise(Files.readAllBytes(file), file.getFileName().toString());
        if (!result.report().isBlocked()) {
            assertThat(ActiveContentInspector.problems(result.content())).isEmpty();
        }
        switch (folder) {
            case "benign" -> assertThat(result.report().verdict()).as(result.report().toString()).isNotEqualTo(Verdict.BLOCKED);
            case "malicious" -> assertThat(result.report().verdict()).as(result.report().toString()).isNotEqualTo(Verdict.CLEAN);
            default -> { }
        }
    }
}
