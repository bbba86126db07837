package jp.mamori.sanitizer.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The outside corpus is found beside the repository, and its absence fails CI instead of passing it. */
class OutsideCorpusLocationTest {

    @TempDir
    Path temp;

    @Test
    void isLookedForInTheSharedFolderBesideTheRepository() {
        Path module = temp.resolve("checkout").resolve("sanitizer");
        assertThat(OutsideCorpus.locate(module, Map.of()))
                .isEqualTo(temp.resolve("shared").resolve("corpus").resolve("mime4j"));
    }

    @Test
    void mamoriSharedOverridesTheLocation() {
        assertThat(OutsideCorpus.locate(temp, Map.of("MAMORI_SHARED", "/elsewhere/shared")))
                .isEqualTo(Path.of("/elsewhere/shared/corpus/mime4j"));
    }

    @Test
    void aMissingCorpusFailsUnderCi() {
        Path module = temp.resolve("checkout").resolve("sanitizer");
        assertThatThrownBy(() -> OutsideCorpus.require(module, Map.of("CI", "true")))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("looked in");
    }

    @Test
    void aMissingCorpusSkipsOnADevelopersMachine() {
        Path module = temp.resolve("checkout").resolve("sanitizer");
        assertThatThrownBy(() -> OutsideCorpus.require(module, Map.of()))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void aPresentCorpusIsReturned() throws Exception {
        Path module = temp.resolve("checkout").resolve("sanitizer");
        Files.createDirectories(temp.resolve("shared/corpus/mime4j"));
        assertThat(OutsideCorpus.require(module, Map.of("CI", "true"))).isDirectory();
    }
}
