package jp.mamori.sanitizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SanitizerTest {

    private static final byte[] MAIL = "From: a@example.jp\r\nSubject: hi\r\n\r\nplain text\r\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void aPlainMailIsRebuiltAndClean() {
        try (Sanitizer sanitizer = Sanitizer.create()) {
            MailResult result = sanitizer.sanitiseMail(MAIL);
            assertThat(result.report().verdict()).isEqualTo(Verdict.CLEAN);
            assertThat(new String(result.message(), StandardCharsets.US_ASCII))
                    .contains("X-Mamori-Sanitized: verdict=clean; policy=lgwan-strict").contains("Subject: hi");
        }
    }

    @Test
    void aStreamOverTheSizeLimitIsBlockedWithoutReadingItAll() throws Exception {
        SanitizerPolicy small = SanitizerPolicy.LGWAN_STRICT.withMailLimits(new MailLimits(20, 10, 10, 1000, 1000, 10));
        try (Sanitizer sanitizer = Sanitizer.create(small)) {
            ByteArrayInputStream in = new ByteArrayInputStream(MAIL);
            MailResult result = sanitizer.sanitiseMail(in);
            assertThat(result.isBlocked()).isTrue();
            assertThat(result.report().findings().get(0).kind()).isEqualTo(FindingKind.OVER_LIMIT);
            assertThat(in.available()).isPositive();
        }
    }

    @Test
    void aClosedSanitizerRefusesWork() {
        Sanitizer sanitizer = Sanitizer.create();
        sanitizer.close();
        assertThatThrownBy(() -> sanitizer.sanitiseMail(MAIL)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void convertDisarmsAttachmentsThroughTheRealFileEngineAndRemovesWhatItBlocks() throws Exception {
        String mail = "From: a@example.jp\r\nSubject: files\r\nMIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
                + "--b\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nsee attached\r\n"
                + "--b\r\nContent-Type: text/plain; charset=Shift_JIS\r\n"
                + "Content-Disposition: attachment; filename*=UTF-8''%E3%83%A1%E3%83%A2.txt\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + java.util.Base64.getEncoder().encodeToString("メモです".getBytes("windows-31j")) + "\r\n"
                + "--b\r\nContent-Type: application/pdf; name=\"setup.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n"
                + java.util.Base64.getEncoder().encodeToString(new byte[] {'M', 'Z', 0, 1, 2, 3}) + "\r\n--b--\r\n";
        try (Sanitizer sanitizer = Sanitizer.create(SanitizerPolicy.LGWAN_CONVERT)) {
            MailResult result = sanitizer.sanitiseMail(mail.getBytes(StandardCharsets.UTF_8));
            String out = new String(result.message(), StandardCharsets.US_ASCII);
            assertThat(out).contains("filename*0*=UTF-8''%E3%83%A1%E3%83%A2.txt").doesNotContain("setup.pdf");
            assertThat(result.report().findings()).anySatisfy(f -> {
                assertThat(f.location()).isEqualTo("part 2");
                assertThat(f.action()).isEqualTo(Action.CONVERTED);
            });
            assertThat(result.report().findings()).anySatisfy(f -> {
                assertThat(f.location()).isEqualTo("part 3");
                assertThat(f.kind()).isEqualTo(FindingKind.ATTACHMENT);
                assertThat(f.action()).isEqualTo(Action.BLOCKED);
            });
            assertThat(result.report().findings()).anySatisfy(f -> {
                assertThat(f.location()).startsWith("part 3/");
                assertThat(f.kind()).isEqualTo(FindingKind.TYPE_MISMATCH);
            });
        }
    }
}
