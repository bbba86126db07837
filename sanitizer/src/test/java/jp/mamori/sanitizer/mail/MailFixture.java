package jp.mamori.sanitizer.mail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import jp.mamori.sanitizer.AttachmentHandling;
import jp.mamori.sanitizer.FileResult;
import jp.mamori.sanitizer.Report;
import jp.mamori.sanitizer.SanitizerPolicy;

/** Test data and engines for the mail tests. */
final class MailFixture {

    static final Path CORPUS = Path.of("src/test/resources/corpus/mail");
    static final Path FUZZ_REGRESSIONS = Path.of("src/test/resources/fuzz-regressions");

    /** Stands in for the file engine: "disarms" by prefixing, blocks names ending in .exe. */
    static final AttachmentDisarm FAKE_DISARM = (content, name) -> {
        if (name.endsWith(".exe")) {
            return FileResult.blocked(name, Report.blocked("application/x-msdownload", List.of(), "executable"));
        }
        byte[] out = ("disarmed:" + new String(content, StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
        return new FileResult(out, name, "application/octet-stream", Report.passed("application/octet-stream", List.of()));
    };

    private MailFixture() {
    }

    static MailSanitizer engine(AttachmentHandling handling) {
        return new MailSanitizer(SanitizerPolicy.LGWAN_STRICT.withAttachments(handling), FAKE_DISARM);
    }

    static byte[] corpus(String name) {
        try {
            return Files.readAllBytes(CORPUS.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Path> files(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
