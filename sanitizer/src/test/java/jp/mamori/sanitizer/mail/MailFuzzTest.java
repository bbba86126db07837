package jp.mamori.sanitizer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.mamori.sanitizer.AttachmentHandling;
import jp.mamori.sanitizer.FindingKind;
import jp.mamori.sanitizer.MailResult;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Fuzzing with jqwik (Jazzer does not run on this JUnit): corpus mails mutated byte-wise and
 * structurally, and random HTML. Properties: never an exception, never a crash reported as internal
 * failure, and every output passes the independent inspection. A failing input found here is saved to
 * {@code src/test/resources/fuzz-regressions/} and replayed by {@link #regressionsStaySafe}.
 */
class MailFuzzTest {

    private static final List<byte[]> SEEDS = MailFixture.files(MailFixture.CORPUS).stream()
            .map(MailFuzzTest::read).toList();
    private static final List<String> TOKENS = List.of("\r\n", "--", "boundary=", "Content-Type: multipart/mixed;",
            "Content-Type: message/rfc822\r\n\r\n", "=?ISO-2022-JP?B?GyRC?=", "\u001b$B", "=?UTF-8?Q?=E2=91?=",
            "filename*0*=UTF-8''%E2", "\r\n\r\n", "Content-Transfer-Encoding: base64\r\n", "<script>", "\"", ";", "\u0000");

    private final MailSanitizer engine = MailFixture.engine(AttachmentHandling.CONVERT);

    private static byte[] read(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedMails() {
        Arbitrary<byte[]> seed = Arbitraries.of(SEEDS);
        Arbitrary<Integer> position = Arbitraries.integers().between(0, 4000);
        Arbitrary<String> token = Arbitraries.of(TOKENS);
        Arbitrary<Integer> mode = Arbitraries.integers().between(0, 3);
        Arbitrary<Byte> noise = Arbitraries.bytes();
        return Combinators.combine(seed, position, token, mode, noise).as((s, pos, tok, m, b) -> {
            int at = Math.min(pos, s.length);
            byte[] insert = switch (m) {
                case 0 -> tok.getBytes(StandardCharsets.ISO_8859_1);
                case 1 -> new byte[] {b};
                default -> new byte[0];
            };
            int cut = m == 2 ? Math.min(s.length - at, 1 + pos % 40) : m == 3 ? s.length - at : 0;
            byte[] out = new byte[s.length - cut + insert.length];
            System.arraycopy(s, 0, out, 0, at);
            System.arraycopy(insert, 0, out, at, insert.length);
            System.arraycopy(s, at + cut, out, at + insert.length, s.length - at - cut);
            return out;
        });
    }

    @Property(tries = 400)
    void mutatedMailsAreBlockedOrSafe(@ForAll("mutatedMails") byte[] mail) throws Exception {
        check(mail);
    }

    @Property(tries = 300)
    void randomBytesAreBlockedOrSafe(@ForAll byte[] mail) throws Exception {
        check(mail);
    }

    @Provide
    Arbitrary<String> html() {
        Arbitrary<String> piece = Arbitraries.of("<p>", "</p>", "<ul><li>", "</li>", "<table><tr><td>", "</td>",
                "<a href=\"https://x.example/\">", "</a>", "<script>alert(1)", "</script>", "<blockquote>", "<pre>",
                "<img src=\"http://t.example/p.gif\">", "①㈱髙", "&amp;&#x1F600;&nbsp;", "<br>", "<!--", "-->", "<",
                "<iframe src=//x>", "\u0000", "javascript:x()", "<form><input>", "<ol start=5>", "</ol>", "<th>");
        return piece.list().ofMaxSize(60).map(l -> String.join("", l));
    }

    @Property(tries = 500)
    void htmlConversionNeverThrowsAndLeavesNoMarkup(@ForAll("html") String html) {
        HtmlText.Result result = HtmlText.convert(html);
        assertThat(result.text()).doesNotContain("<script", "<iframe", "<img", "\u0000");
        assertThat(Defang.text(result.text()).text()).doesNotContainIgnoringCase("https://").doesNotContain("http://");
    }

    static List<Path> regressions() {
        return MailFixture.files(MailFixture.FUZZ_REGRESSIONS);
    }

    @ParameterizedTest
    @MethodSource("regressions")
    void regressionsStaySafe(Path file) throws Exception {
        check(Files.readAllBytes(file));
    }

    private void check(byte[] mail) throws Exception {
        MailResult result;
        try {
            result = engine.sanitise(mail);
        } catch (Throwable t) {
            save(mail);
            throw t;
        }
        if (result.isBlocked()) {
            if (result.report().findings().get(0).kind() == FindingKind.PROCESSING_FAILURE) {
                save(mail);
            }
            assertThat(result.report().findings()).extracting(f -> f.kind()).doesNotContain(FindingKind.PROCESSING_FAILURE);
            return;
        }
        try {
            OutputInspection.inspect(result.message());
        } catch (Throwable t) {
            save(mail);
            throw t;
        }
    }

    private static void save(byte[] mail) throws java.io.IOException {
        Files.createDirectories(MailFixture.FUZZ_REGRESSIONS);
        String name = "crash-" + AttachmentPolicy.sha256(mail).substring(0, 16) + ".eml";
        Files.write(MailFixture.FUZZ_REGRESSIONS.resolve(name), mail);
    }
}
