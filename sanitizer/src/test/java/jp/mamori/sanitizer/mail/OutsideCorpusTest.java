package jp.mamori.sanitizer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.mamori.sanitizer.AttachmentHandling;
import jp.mamori.sanitizer.MailResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 80 mime4j test mails nobody here wrote: each comes out blocked with a reason or rebuilt into a
 * mail that an independent parser reads as safe; never an exception, never the original.
 */
class OutsideCorpusTest {

    static List<Path> outsideMails() {
        return MailFixture.files(OutsideCorpus.require());
    }

    @Test
    void theOutsideCorpusIsThere() {
        assertThat(outsideMails()).hasSize(80);
    }

    @ParameterizedTest
    @MethodSource("outsideMails")
    void isBlockedWithAReasonOrRebuiltSafely(Path file) throws Exception {
        byte[] mail = Files.readAllBytes(file);
        MailResult result = MailFixture.engine(AttachmentHandling.CONVERT).sanitise(mail);
        if (result.isBlocked()) {
            assertThat(result.message()).isNull();
            assertThat(result.report().blockReason()).isNotBlank();
            assertThat(result.report().findings()).isNotEmpty();
        } else {
            OutputInspection.inspect(result.message());
            assertThat(result.message()).isNotEqualTo(mail);
        }
    }

    @Test
    void knownAmbiguousMailsAreBlocked() throws Exception {
        for (String name : List.of("testmsgs/missing-boundary.msg", "mimetools-testmsgs/multi-bad.msg",
                "mimetools-testmsgs/hdr-fakeout.msg", "mimetools-testmsgs/frag.msg")) {
            MailResult result = MailFixture.engine(AttachmentHandling.REMOVE)
                    .sanitise(Files.readAllBytes(OutsideCorpus.require().resolve(name)));
            assertThat(result.isBlocked()).as(name).isTrue();
        }
    }
}
